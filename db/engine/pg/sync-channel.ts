import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { PgConnectionConfig, PgFailure, PgQueryResult, PgRequest, PgResponse } from './protocol';

export const PG_WORKER_BUNDLE_NAME = 'pg-worker.cjs';

/**
 * A pg connection used synchronously: the connection lives in a worker thread and each call blocks this thread in
 * Atomics.wait until the worker has the answer (the way synckit runs async code synchronously). This keeps the
 * repositories' synchronous API, and the laptop's better-sqlite3 path, unchanged (docs/storage.md).
 */
export class PgSyncChannel {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag: Int32Array;
  private closed = false;

  constructor(
    private readonly config: PgConnectionConfig,
    entry = pgWorkerEntry(),
  ) {
    const signal = new SharedArrayBuffer(4);
    this.flag = new Int32Array(signal);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const workerData = { config, signal, port: port2 };
    this.worker = entry.endsWith('.ts')
      ? new Worker(tsxBootstrap(entry), { eval: true, workerData, transferList: [port2] })
      : new Worker(entry, { workerData, transferList: [port2] });
    // The worker must not keep a finished CLI command alive; the calling thread waits on it explicitly.
    this.worker.unref();
  }

  call(request: PgRequest): PgQueryResult {
    if (this.closed) throw new AppError('STORE_CONNECTION_CLOSED', {});
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(request);
    // A statement is capped by the server (statement_timeout); the margin covers connecting and the network.
    const waitMs = this.config.statementTimeoutMs + this.config.connectTimeoutMs + 5_000;
    const deadline = Date.now() + waitMs;
    // Only the flag says the answer is there: the worker sets it after posting, and the notify of the previous answer
    // can arrive late, while this call already waits (the race esbuild#590 describes).
    while (Atomics.load(this.flag, 0) === 0) {
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0 || Atomics.wait(this.flag, 0, 0, remainingMs) === 'timed-out') {
        this.terminate();
        throw new AppError('STORE_TIMEOUT', { seconds: Math.round(waitMs / 1000) });
      }
    }
    const message = receiveMessageOnPort(this.port);
    if (!message) throw new AppError('STORE_CONNECTION_LOST', { reason: 'no answer from the database thread' });
    const response = message.message as PgResponse;
    if (!response.ok) throw failureError(response.failure, this.config);
    return response.result;
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'close' });
    } catch {
      // Closing a lost connection has nothing left to close.
    }
    this.terminate();
  }

  private terminate(): void {
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}

/** Constraint violations keep the code better-sqlite3 gives them, so callers test one code on either engine. */
const sqliteCodes: Readonly<Record<string, string>> = {
  '23505': 'SQLITE_CONSTRAINT_UNIQUE',
  '23503': 'SQLITE_CONSTRAINT_FOREIGNKEY',
  '23514': 'SQLITE_CONSTRAINT_CHECK',
  '23502': 'SQLITE_CONSTRAINT_NOTNULL',
  '23P01': 'SQLITE_CONSTRAINT',
  // RAISE EXCEPTION in the triggers that guard frozen rows (SQLite's RAISE(ABORT, …)).
  P0001: 'SQLITE_CONSTRAINT_TRIGGER',
};

/** A statement PostgreSQL refused; `code` as better-sqlite3's SqliteError would carry it, `sqlState` as sent. */
export class PgStatementError extends Error {
  readonly code: string;
  readonly sqlState: string | undefined;
  readonly constraint: string | undefined;
  constructor(failure: PgFailure) {
    super(failure.message);
    this.name = 'PgStatementError';
    this.sqlState = failure.code;
    this.code = (failure.code && sqliteCodes[failure.code]) ?? `PG_${failure.code ?? 'ERROR'}`;
    this.constraint = failure.constraint;
  }
}

function failureError(failure: PgFailure, config: PgConnectionConfig): Error {
  // The server may say so before the socket closes: class 08 (connection exception) or 57P01–03 (shut down,
  // terminated by an administrator, crashed) arrive as the statement's own error.
  const serverEnded = failure.code !== undefined && (failure.code.startsWith('08') || /^57P0[1-3]$/.test(failure.code));
  if (failure.connectionLost || serverEnded) {
    // `cause` (SQLSTATE or socket code) lets a failed connect say why in plain words (db/connect-reason.ts).
    return new AppError('STORE_CONNECTION_LOST', { reason: failure.message, ...(failure.code ? { cause: failure.code } : {}) });
  }
  // query_canceled: statement_timeout passed (a lock wait included).
  if (failure.code === '57014') return new AppError('STORE_TIMEOUT', { seconds: Math.round(config.statementTimeoutMs / 1000) });
  return new PgStatementError(failure);
}

/** The bundled worker beside the bundled main (out/main/), else this folder's TypeScript source (tests, CLI, dev). */
export function pgWorkerEntry(): string {
  if (typeof __dirname === 'string') {
    const bundled = join(__dirname, PG_WORKER_BUNDLE_NAME);
    if (existsSync(bundled)) return bundled;
  }
  return fileURLToPath(new URL('./worker.ts', import.meta.url));
}

/** Node 20 ignores `--import` in a worker's execArgv, so a TypeScript entry registers tsx first (as start-thread.ts). */
function tsxBootstrap(entry: string): string {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
}
