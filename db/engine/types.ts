/**
 * The one data-access interface both engines serve: the part of better-sqlite3's synchronous API the app uses.
 * better-sqlite3's Database satisfies it as it is; PgDatabase (./pg/pg-database.ts) serves it over PostgreSQL.
 * Repositories and services take this type, so one set of queries runs on either engine (docs/storage.md).
 */
export type Engine = 'sqlite' | 'postgres';

export interface RunResult {
  changes: number;
  /** SQLite's rowid of the last insert. PostgreSQL has none: write `INSERT … RETURNING id` and read it with get(). */
  lastInsertRowid: number | bigint;
}

export interface Statement<BindParameters extends unknown[] = unknown[], Result = unknown> {
  run(...params: BindParameters): RunResult;
  get(...params: BindParameters): Result | undefined;
  all(...params: BindParameters): Result[];
  iterate(...params: BindParameters): IterableIterator<Result>;
  /** Rows as their first column's value (tests and one-value lookups); the statement is changed in place. */
  pluck(toggle?: boolean): this;
  /** Rows as arrays of values. */
  raw(toggle?: boolean): this;
}

// Spelled as better-sqlite3's typings spell them, so its Database is assignable to this interface.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VariableArgFunction = (...params: any[]) => unknown;
export type ArgumentTypes<F extends VariableArgFunction> = F extends (...args: infer A) => unknown ? A : never;

export interface Transaction<F extends VariableArgFunction> {
  (...params: ArgumentTypes<F>): ReturnType<F>;
  deferred(...params: ArgumentTypes<F>): ReturnType<F>;
  immediate(...params: ArgumentTypes<F>): ReturnType<F>;
  exclusive(...params: ArgumentTypes<F>): ReturnType<F>;
}

export interface Database {
  prepare(source: string): Statement;
  exec(source: string): this;
  transaction<F extends VariableArgFunction>(fn: F): Transaction<F>;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  close(): this;
  readonly inTransaction: boolean;
  readonly open: boolean;
  readonly name: string;
}
