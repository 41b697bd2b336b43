import type { Database } from '../engine';
import { statement } from '../sql';
import { insertRows } from '../sql-batch';

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

export function selectAllRows(db: Database, table: PortableTable, orderBy: string): PortableRow[] {
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
 * Inserts the row, or updates it when its primary key exists (`conflict` names the key columns). Returns the id
 * written (0 for a table without an `id` column, or when an existing row was kept). `override` replaces some values
 * (mapped foreign keys); `{ id: null }` asks for a new id, which the engine assigns (the column is left out: a
 * PostgreSQL identity column refuses an explicit NULL). A row keeping its explicit id must be followed by
 * advanceIdentity (db/engine/identity.ts) before plain inserts into the same table.
 */
export function upsertRow(
  db: Database,
  table: PortableTable,
  row: PortableRow,
  conflict: readonly string[] | null,
  override: Record<string, string | number | null> = {},
): number {
  const all = columnsOf(db, table);
  const columns = all.filter((c) => !(c in override) || (override[c] !== undefined && !(c === 'id' && override[c] === null)));
  const values = columns.map((c) => (c in override ? (override[c] ?? null) : fromPortable(row[c])));
  const updates = columns.filter((c) => !conflict?.includes(c)).map((c) => `${c} = excluded.${c}`);
  const onConflict = conflict
    ? ` ON CONFLICT (${conflict.join(', ')}) DO ${updates.length > 0 ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`
    : '';
  const returning = all.includes('id') ? ' RETURNING id' : '';
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${onConflict}${returning}`;
  if (!returning) {
    statement(db, sql).run(...values);
    return 0;
  }
  const written = statement<{ id: number }>(db, sql).get(...values);
  return written ? Number(written.id) : 0;
}

/**
 * Inserts many rows of `table` in few statements (db/sql-batch.ts), each row with its `override` values (mapped
 * foreign keys) as upsertRow takes them — but every column is written, so a new id must be given, not asked for: take
 * it from reserveIds (db/engine/identity.ts). No conflict handling: the rows are new.
 */
export function insertPortableRows(
  db: Database,
  table: PortableTable,
  rows: readonly { row: PortableRow; override: Record<string, string | number | null> }[],
): void {
  const columns = columnsOf(db, table);
  insertRows(
    db,
    table,
    columns,
    rows.map(({ row, override }) =>
      columns.map((c) => {
        if (!(c in override)) return fromPortable(row[c]);
        const value = override[c];
        if (value === undefined || (c === 'id' && value === null)) throw new Error(`insertPortableRows: ${table}.${c} needs a value`);
        return value;
      }),
    ),
  );
}
