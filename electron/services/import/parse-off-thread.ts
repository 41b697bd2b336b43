import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { ImportKind } from '../../../shared/import/types';
import { parseImportFile, type ParsedImport } from './parse-file';
import type { ProgressListener } from './progress';
import type { ParseRequest, WorkerMessage } from './worker-protocol';

export const WORKER_BUNDLE_NAME = 'import-worker.cjs';

/** The bundled worker beside the bundled main (out/main/), or null when running from sources (tests, CLI via tsx). */
export function bundledWorkerScript(): string | null {
  const here = typeof __dirname === 'string' ? __dirname : null;
  if (!here) return null;
  const script = join(here, WORKER_BUNDLE_NAME);
  return existsSync(script) ? script : null;
}

export interface OffThreadOptions {
  onProgress?: ProgressListener;
  /** Worker script; defaults to the bundled one. Without any, the file is parsed in this thread. */
  workerScript?: string | null;
  workerOptions?: Omit<WorkerOptions, 'workerData'>;
}

/** Parses in a worker thread so the Electron main process stays responsive while a 100k-row file is read. */
export function parseOffThread(kind: ImportKind, path: string, options: OffThreadOptions = {}): Promise<ParsedImport> {
  const script = options.workerScript === undefined ? bundledWorkerScript() : options.workerScript;
  if (!script) return parseImportFile(kind, path, { onProgress: options.onProgress });
  return new Promise((resolve, reject) => {
    const request: ParseRequest = { kind, path };
    const worker = new Worker(script, { ...options.workerOptions, workerData: request });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.parsed));
      else settle(() => reject(new AppError(message.error.code, message.error.message, message.error.details)));
    });
    worker.on('error', (error) => settle(() => reject(new AppError('IMPORT_INTERNAL', `导入线程出错：${error.message}`))));
    worker.on('exit', (code) => settle(() => reject(new AppError('IMPORT_INTERNAL', `导入线程意外退出（退出码 ${code}）`))));
  });
}
