import type { Database, Statement } from 'better-sqlite3';

// Preparing costs more than running a small statement, so each connection keeps its statements by SQL text.
const cache = new WeakMap<Database, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on this connection, prepared once. Only bound parameters, never interpolation.
 * Do not call modes such as .pluck() or .raw() on it: the statement is shared by every caller of the same SQL.
 */
export function statement<Row = unknown>(db: Database, sql: string): Statement<unknown[], Row> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let prepared = perDb.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    perDb.set(sql, prepared);
  }
  return prepared as Statement<unknown[], Row>;
}

/** Runs `work` in one IMMEDIATE transaction (a savepoint when already inside one): all of it or nothing. */
export function inTransaction<T>(db: Database, work: () => T): T {
  if (db.inTransaction) return db.transaction(work)();
  return db.transaction(work).immediate();
}

export function nowIso(): string {
  return new Date().toISOString();
}

export const toFlag = (value: boolean): 0 | 1 => (value ? 1 : 0);
