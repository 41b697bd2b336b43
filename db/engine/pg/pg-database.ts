import type { ArgumentTypes, Database, Engine, RunResult, Statement, Transaction, VariableArgFunction } from '../types';
import type { PgConnectionConfig, PgQueryResult } from './protocol';
import { PgSyncChannel } from './sync-channel';
import { translateSql } from './translate-sql';

/**
 * Every write transaction on a PostgreSQL store first takes this one advisory lock, so office PCs write one at a time
 * as SQLite's IMMEDIATE transactions do: the read-then-write steps the repositories rely on (next sequence number,
 * "already imported?", "still awaiting review?") stay correct with several processes. Readers are never blocked.
 * The key is arbitrary but fixed: 0x5349 ('SI', Skill Inspector) and the schema's first version.
 */
export const WRITE_LOCK_KEY = 0x5349_0001;

export const DEFAULT_PG_CONFIG: Omit<PgConnectionConfig, 'connectionString'> = {
  connectTimeoutMs: 10_000,
  statementTimeoutMs: 120_000,
  applicationName: 'skill-inspector',
};

/** better-sqlite3's synchronous Database API over one PostgreSQL connection (see sync-channel.ts). */
export class PgDatabase implements Database {
  readonly engine: Engine = 'postgres';
  private readonly channel: PgSyncChannel;
  private depth = 0;
  private isOpen = true;
  private calls = 0;
  /** The URL without its password: what messages and logs may show. */
  readonly name: string;

  constructor(connectionString: string, options: Partial<Omit<PgConnectionConfig, 'connectionString'>> = {}) {
    this.channel = new PgSyncChannel({ ...DEFAULT_PG_CONFIG, ...options, connectionString });
    this.name = redactPassword(connectionString);
    // The first call connects: a wrong host, password or database name fails here, not at the first query.
    try {
      this.channel.call({ op: 'exec', text: 'SELECT 1' });
    } catch (error) {
      this.channel.close();
      throw error;
    }
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** Calls sent to the worker so far, each one a round trip to the server: what the bench and tests count. */
  get roundTrips(): number {
    return this.calls;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  /** Runs SQL as written by the repositories (with `?` placeholders), translated once per text. */
  query(sql: string, params: readonly unknown[]): PgQueryResult {
    return this.send(sql, params, undefined);
  }

  /** query() with each row as its values in column order, as raw() gives them: no column names per row. */
  queryArrays(sql: string, params: readonly unknown[]): { rows: unknown[][]; rowCount: number } {
    const { rows, rowCount } = this.send(sql, params, 'array');
    return { rows: rows as unknown as unknown[][], rowCount };
  }

  private send(sql: string, params: readonly unknown[], rowMode: 'array' | undefined): PgQueryResult {
    const { text, parameterCount } = translateSql(sql);
    if (params.length !== parameterCount) {
      throw new RangeError(`Too ${params.length > parameterCount ? 'many' : 'few'} parameter values were provided`);
    }
    this.calls += 1;
    const result = this.channel.call({ op: 'query', text, params: params.map(bindable), ...(rowMode ? { rowMode } : {}) });
    for (const row of result.rows) asBuffers(row);
    return result;
  }

  prepare(source: string): Statement {
    return new PgStatement<unknown[], unknown>(this, source);
  }

  exec(source: string): this {
    this.calls += 1;
    this.channel.call({ op: 'exec', text: source });
    return this;
  }

  transaction<F extends VariableArgFunction>(fn: F): Transaction<F> {
    const run = (...args: ArgumentTypes<F>): ReturnType<F> => this.runInTransaction(() => fn(...args) as ReturnType<F>);
    return Object.assign(run, { deferred: run, immediate: run, exclusive: run });
  }

  private runInTransaction<T>(work: () => T): T {
    const level = this.depth;
    const savepoint = `sp_${level}`;
    try {
      this.exec(level === 0 ? `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})` : `SAVEPOINT ${savepoint}`);
    } catch (error) {
      // Waiting for the lock can time out after BEGIN: leave no aborted transaction behind on the connection.
      if (level === 0) this.rollbackQuietly('ROLLBACK');
      throw error;
    }
    this.depth = level + 1;
    try {
      const result = work();
      if (result instanceof Promise) throw new TypeError('Transaction function cannot return a promise');
      this.depth = level;
      this.exec(level === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
      return result;
    } catch (error) {
      this.depth = level;
      this.rollbackQuietly(level === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}`);
      throw error;
    }
  }

  private rollbackQuietly(sql: string): void {
    try {
      this.exec(sql);
    } catch {
      // A lost connection rolls back on the server by itself; the first error is the one to report.
    }
  }

  /** The few pragmas the shared code reads; the SQLite-only ones (journal, integrity) have no meaning here. */
  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const tableInfo = /^\s*table_info\(\s*"?(\w+)"?\s*\)\s*$/i.exec(source);
    if (tableInfo) {
      const { rows } = this.query(
        `SELECT column_name AS name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
        [tableInfo[1]],
      );
      return rows;
    }
    if (/^\s*user_version\s*$/i.test(source)) {
      const version = this.schemaVersion();
      return options.simple ? version : [{ user_version: version }];
    }
    if (/^\s*foreign_keys\s*$/i.test(source)) return options.simple ? 1 : [{ foreign_keys: 1 }];
    throw new Error(`pragma ${source} is SQLite-only and has no PostgreSQL equivalent here`);
  }

  /** The highest migration applied (db/migrate-postgres.ts keeps them in schema_migrations); 0 on an empty database. */
  schemaVersion(): number {
    const table = this.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present", []).rows[0];
    if (!table?.present) return 0;
    const { rows } = this.query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations', []);
    return Number(rows[0]?.version ?? 0);
  }

  close(): this {
    if (!this.isOpen) return this;
    this.isOpen = false;
    this.channel.close();
    return this;
  }
}

class PgStatement<BindParameters extends unknown[], Result> implements Statement<BindParameters, Result> {
  private shape: 'object' | 'pluck' | 'raw' = 'object';
  constructor(
    private readonly db: PgDatabase,
    private readonly source: string,
  ) {}

  run(...params: BindParameters): RunResult {
    const { rows, rowCount } = this.db.query(this.source, params);
    const returned = rows[0] ? Object.values(rows[0])[0] : undefined;
    return {
      changes: rowCount,
      get lastInsertRowid(): number {
        if (typeof returned !== 'number') {
          throw new Error('lastInsertRowid on PostgreSQL needs the INSERT to end with RETURNING id');
        }
        return returned;
      },
    };
  }

  get(...params: BindParameters): Result | undefined {
    const row = this.db.query(this.source, params).rows[0];
    return (row === undefined ? undefined : this.shaped(row)) as Result | undefined;
  }

  all(...params: BindParameters): Result[] {
    // raw() rows come from the worker as arrays: cloning one column name per value is most of a wide result's cost.
    if (this.shape === 'raw') return this.db.queryArrays(this.source, params).rows as Result[];
    return this.db.query(this.source, params).rows.map((row) => this.shaped(row)) as Result[];
  }

  pluck(toggle = true): this {
    this.shape = toggle ? 'pluck' : 'object';
    return this;
  }

  raw(toggle = true): this {
    this.shape = toggle ? 'raw' : 'object';
    return this;
  }

  private shaped(row: Record<string, unknown>): unknown {
    if (this.shape === 'pluck') return Object.values(row)[0];
    return this.shape === 'raw' ? Object.values(row) : row;
  }

  iterate(...params: BindParameters): IterableIterator<Result> {
    return (this.all(...params) as Result[])[Symbol.iterator]();
  }
}

/**
 * BYTEA arrives from the worker thread as a plain Uint8Array (structured cloning drops Buffer's prototype); callers
 * get a Buffer, as better-sqlite3 gives BLOBs, over the same memory.
 */
function asBuffers(row: Record<string, unknown>): void {
  if (Array.isArray(row)) {
    // An array-mode row (raw()): by index, for…in would make a string key per value.
    for (let i = 0; i < row.length; i += 1) {
      const value: unknown = row[i];
      if (value instanceof Uint8Array && !Buffer.isBuffer(value)) row[i] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
    return;
  }
  // for…in, not Object.entries: no array allocated a row.
  for (const key in row) {
    const value = row[key];
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) row[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
}

/** better-sqlite3 binds only numbers, strings, bigints, buffers and null; the same values go to pg unchanged. */
function bindable(value: unknown): unknown {
  if (value === undefined) throw new TypeError('undefined is not a valid SQL parameter');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

export function redactPassword(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return connectionString.replace(/:[^:@/]*@/, ':***@');
  }
}
