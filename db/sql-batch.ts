import type { Database } from './engine';
import { statement } from './sql';

/**
 * Many rows in few statements, the same SQL on both engines. On PostgreSQL every statement is a round trip to the
 * server (db/engine/pg), so writing a thousand inspections one row a statement costs seconds in waiting alone; on
 * SQLite a multi-row statement is no slower than as many single-row ones.
 *
 * Statements hold a power-of-two number of rows (1, 2, 4 … up to the cap), so each table is written by at most a
 * dozen distinct SQL texts however many rows come: both the statement cache (db/sql.ts) and PostgreSQL's named
 * statements (db/engine/pg/worker.ts) keep one entry per text.
 */

/**
 * Bound parameters in one statement: SQLite's SQLITE_MAX_VARIABLE_NUMBER, 32,766 in the SQLite better-sqlite3 builds
 * (3.32 and later); PostgreSQL allows 65,535. The smaller one holds on both.
 */
export const MAX_BOUND_PARAMETERS = 32_766;
/** Rows in one statement: past this, a longer statement saves no noticeable time and costs more to parse. */
export const MAX_ROWS_PER_STATEMENT = 1024;
/** About this much data in one statement (BLOBs and long texts: signed PDFs, evidence photos), so no message is huge. */
export const MAX_BYTES_PER_STATEMENT = 8 * 1024 * 1024;

const NAME = /^[a-z_][a-z0-9_]*$/;

/** The largest power of two ≤ n (n ≥ 1). */
const floorPowerOfTwo = (n: number): number => 2 ** Math.floor(Math.log2(n));

/** Sizes of consecutive slices of `count` items, each a power of two and at most `max` (rounded down to one). */
export function powerOfTwoChunks(count: number, max: number): number[] {
  const cap = floorPowerOfTwo(Math.max(1, max));
  const sizes: number[] = [];
  for (let left = count; left > 0;) {
    const size = Math.min(cap, floorPowerOfTwo(left));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Rows a statement of `columns` columns may carry within the parameter and row caps. */
export const rowsPerStatement = (columns: number): number =>
  floorPowerOfTwo(Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_BOUND_PARAMETERS / Math.max(1, columns)))));

const sizeOf = (value: unknown): number => (Buffer.isBuffer(value) || typeof value === 'string' ? value.length : 8);

export interface InsertRowsOptions {
  /** Appended to each statement, e.g. `ON CONFLICT (inspection_id) DO NOTHING`. Fixed text only, never values. */
  suffix?: string;
}

/**
 * Inserts `rows` (each a value per column, in `columns` order) with multi-row `INSERT … VALUES (…), (…)`, in order.
 * Returns the rows written (less than rows.length only when `suffix` skips some). The caller holds the transaction: a
 * failure part-way leaves the earlier statements' rows until it rolls back. Foreign keys between rows of one call are
 * checked at the end of each statement on both engines, so a row may refer to one before it.
 */
export function insertRows(
  db: Database,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: InsertRowsOptions = {},
): number {
  if (!NAME.test(table) || columns.length === 0 || !columns.every((c) => NAME.test(c)))
    throw new Error(`insertRows: bad names ${table}(${columns.join(', ')})`);
  const perStatement = rowsPerStatement(columns.length);
  let written = 0;
  let start = 0;
  while (start < rows.length) {
    // As many rows as fit the byte budget (at least one), then the largest power of two of those.
    let fit = 0;
    let bytes = 0;
    while (fit < perStatement && start + fit < rows.length) {
      const row = rows[start + fit] as readonly unknown[];
      bytes += row.reduce<number>((sum, value) => sum + sizeOf(value), 0);
      if (fit > 0 && bytes > MAX_BYTES_PER_STATEMENT) break;
      fit += 1;
    }
    const count = floorPowerOfTwo(fit);
    const values: unknown[] = [];
    for (let i = start; i < start + count; i += 1) {
      const row = rows[i] as readonly unknown[];
      if (row.length !== columns.length) throw new Error(`insertRows: ${table} row ${i} has ${row.length} values for ${columns.length} columns`);
      for (const value of row) values.push(value);
    }
    written += statement(db, insertSql(table, columns, count, options.suffix)).run(...values).changes;
    start += count;
  }
  return written;
}

function insertSql(table: string, columns: readonly string[], rows: number, suffix: string | undefined): string {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const values = Array.from({ length: rows }, () => tuple).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}${suffix ? ` ${suffix}` : ''}`;
}

/**
 * `WHERE … IN (…)` lookups of many keys in few statements: runs the SQL `query` writes around a `?, ?, …` list once
 * per power-of-two slice of `keys` (at most 512 a slice), the slice bound after the `leading` parameters, and returns
 * every slice's rows.
 */
export function selectInChunks<Row>(
  db: Database,
  keys: readonly unknown[],
  query: (placeholders: string) => string,
  leading: readonly unknown[] = [],
): Row[] {
  const out: Row[] = [];
  let start = 0;
  for (const size of powerOfTwoChunks(keys.length, 512)) {
    const slice = keys.slice(start, start + size);
    start += size;
    for (const row of statement<Row>(db, query(slice.map(() => '?').join(', '))).all(...leading, ...slice)) out.push(row);
  }
  return out;
}
