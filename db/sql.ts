import type { Database, Statement } from './engine';

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

const rawCache = new WeakMap<Database, Map<string, Statement>>();

/**
 * statement() in raw mode: rows as arrays of their values in column order, for a wide result read whole (an object a
 * row, with every column's name, is most of such a read's cost on either engine). Kept apart from statement()'s.
 */
export function rawStatement<Row extends unknown[]>(db: Database, sql: string): Statement<unknown[], Row> {
  let perDb = rawCache.get(db);
  if (!perDb) {
    perDb = new Map();
    rawCache.set(db, perDb);
  }
  let prepared = perDb.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql).raw();
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

/**
 * The id a `… RETURNING id` statement gave back through get(). PostgreSQL has no lastInsertRowid, so inserts that
 * need their new id ask for it in the statement, which SQLite (≥ 3.35) answers the same way.
 */
export function insertedId(row: unknown): number {
  const id = (row as { id?: unknown } | undefined)?.id;
  if (id === undefined || id === null) throw new Error('INSERT … RETURNING id gave no id');
  return Number(id);
}

/**
 * `?, ?, …` for an IN list and its values, padded with `fill` (a value no row holds) to a multiple of `step`: the
 * statement cache then keeps one statement per few sizes rather than one per length. Callers chunk long lists.
 */
export function paddedInList<T>(values: readonly T[], fill: T, step = 50): { placeholders: string; values: T[] } {
  const size = Math.max(step, Math.ceil(values.length / step) * step);
  const padded = [...values, ...Array.from({ length: size - values.length }, () => fill)];
  return { placeholders: padded.map(() => '?').join(', '), values: padded };
}

/** Splits a list for IN statements of at most `size` values each. */
export function chunked<T>(values: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}
