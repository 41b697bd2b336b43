import type { Database } from 'better-sqlite3';
import { statement } from '../sql';

/**
 * Whole rows copied between an office and a field database of the same schema version (packs and bundles).
 * Column names come from the table itself (PRAGMA table_info), never from the file; BLOBs travel as {"$base64": …}.
 */
export type RowValue = string | number | null | { $base64: string };
export type PortableRow = Record<string, RowValue>;

/** The tables packs and bundles may carry; anything else is refused. */
export const PORTABLE_TABLES = [
  'institutions',
  'filings',
  'filed_occupations',
  'filed_levels',
  'batches',
  'candidates',
  'inspections',
  'answers',
  'sampling_draws',
  'findings',
  'signatures',
  'evidence',
  'audit_log',
] as const;
export type PortableTable = (typeof PORTABLE_TABLES)[number];

const columnCache = new WeakMap<Database, Map<string, string[]>>();

export function columnsOf(db: Database, table: PortableTable): string[] {
  let perDb = columnCache.get(db);
  if (!perDb) columnCache.set(db, (perDb = new Map()));
  let columns = perDb.get(table);
  if (!columns) {
    columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    perDb.set(table, columns);
  }
  return columns;
}

function toPortable(row: Record<string, unknown>): PortableRow {
  const out: PortableRow = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = Buffer.isBuffer(value) ? { $base64: value.toString('base64') } : (value as string | number | null);
  }
  return out;
}

function fromPortable(value: RowValue | undefined): string | number | null | Buffer {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object') return Buffer.from(value.$base64, 'base64');
  return value;
}

/** Rows whose `column` is one of `ids`, in primary-key order. */
export function selectRowsWhereIn(db: Database, table: PortableTable, column: string, ids: readonly (number | string)[]): PortableRow[] {
  if (!columnsOf(db, table).includes(column)) throw new Error(`unknown column ${table}.${column}`);
  const out: PortableRow[] = [];
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = db.prepare(`SELECT * FROM ${table} WHERE ${column} IN (${chunk.map(() => '?').join(',')}) ORDER BY 1, 2`).all(...chunk);
    for (const row of rows) out.push(toPortable(row as Record<string, unknown>));
  }
  return out;
}

export function selectAllRows(db: Database, table: PortableTable, orderBy = 'rowid'): PortableRow[] {
  return db
    .prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`)
    .all()
    .map((row) => toPortable(row as Record<string, unknown>));
}

/** The row's keys must be exactly the table's columns: a pack from another schema version is refused, not guessed. */
export function assertSameColumns(db: Database, table: PortableTable, row: PortableRow): boolean {
  const columns = columnsOf(db, table);
  const keys = Object.keys(row);
  return keys.length === columns.length && columns.every((c) => Object.prototype.hasOwnProperty.call(row, c));
}

/**
 * Inserts the row, or updates it when its primary key exists (`conflict` names the key columns). Returns the
 * rowid written. `override` replaces some values (new ids, mapped foreign keys).
 */
export function upsertRow(
  db: Database,
  table: PortableTable,
  row: PortableRow,
  conflict: readonly string[] | null,
  override: Record<string, string | number | null> = {},
): number {
  const columns = columnsOf(db, table).filter((c) => !(c in override) || override[c] !== undefined);
  const values = columns.map((c) => (c in override ? (override[c] ?? null) : fromPortable(row[c])));
  const updates = columns.filter((c) => !conflict?.includes(c)).map((c) => `${c} = excluded.${c}`);
  const onConflict = conflict
    ? ` ON CONFLICT (${conflict.join(', ')}) DO ${updates.length > 0 ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`
    : '';
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${onConflict}`;
  return Number(statement(db, sql).run(...values).lastInsertRowid);
}
