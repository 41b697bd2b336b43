import type { Database } from './types';
import { isPostgres } from './index';

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * After rows were inserted with explicit ids: moves the table's id generator past the largest id. SQLite's INTEGER
 * PRIMARY KEY always continues after max(rowid), so nothing is needed there; a PostgreSQL identity column keeps its
 * own sequence, which explicit ids do not advance, so the next plain INSERT would collide with a copied row.
 */
export function advanceIdentity(db: Database, table: string): void {
  if (!isPostgres(db)) return;
  if (!TABLE_NAME.test(table)) throw new Error(`not a table name: ${table}`);
  // setval is strict: an empty table (max(id) NULL) leaves the sequence where it is.
  db.prepare(`SELECT setval(pg_get_serial_sequence(CAST(? AS TEXT), 'id'), max(id)) FROM ${table}`).get(table);
}

/**
 * `count` new ids for `table`, ascending, for rows about to be inserted with explicit ids (many rows in one statement,
 * whose generated ids could not be told apart). Call inside the write transaction. PostgreSQL takes them from the
 * identity sequence, as plain inserts would, so the sequence stays ahead; SQLite's INTEGER PRIMARY KEY (no
 * AUTOINCREMENT) would give the next rows max(id) + 1, + 2 …, and the write lock keeps that range free until commit.
 */
export function reserveIds(db: Database, table: string, count: number): number[] {
  if (!TABLE_NAME.test(table)) throw new Error(`not a table name: ${table}`);
  if (count <= 0) return [];
  if (isPostgres(db)) {
    const rows = db
      .prepare(`SELECT nextval(pg_get_serial_sequence(CAST(? AS TEXT), 'id')) AS id FROM generate_series(1, CAST(? AS INTEGER))`)
      .all(table, count) as { id: number }[];
    return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
  }
  if (!db.inTransaction) throw new Error(`reserveIds(${table}) outside a transaction: another writer could take the ids`);
  const { top } = db.prepare(`SELECT coalesce(max(id), 0) AS top FROM ${table}`).get() as { top: number };
  return Array.from({ length: count }, (_, i) => Number(top) + 1 + i);
}
