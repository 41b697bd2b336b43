import type { MessagePort } from 'node:worker_threads';

/** Messages between PgDatabase (the calling thread, blocked in Atomics.wait) and the pg worker that holds the connection. */
export interface PgConnectionConfig {
  connectionString: string;
  /** Milliseconds to wait for the server when connecting. */
  connectTimeoutMs: number;
  /** Server-side cap on one statement; a lock wait counts too. */
  statementTimeoutMs: number;
  applicationName: string;
}

export type PgRequest =
  /** `rowMode: 'array'` answers each row as its values in column order (raw()): no column names cloned per row. */
  | { op: 'query'; text: string; params: unknown[]; rowMode?: 'array' }
  /** Several statements in one round trip, no parameters (simple protocol): DDL, BEGIN…, migrations. */
  | { op: 'exec'; text: string }
  | { op: 'close' };

export interface PgQueryResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

export interface PgFailure {
  message: string;
  /** PostgreSQL's SQLSTATE (23505…), or a Node error code (ECONNREFUSED…). */
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
  /** The connection is gone: every later call on it fails the same way. */
  connectionLost?: boolean;
}

export type PgResponse = { ok: true; result: PgQueryResult } | { ok: false; failure: PgFailure };

export interface PgWorkerData {
  config: PgConnectionConfig;
  /** Int32 flag the worker sets to 1 and notifies once a response is on the port. */
  signal: SharedArrayBuffer;
  port: MessagePort;
}
