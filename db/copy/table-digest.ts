import { createHash } from 'node:crypto';
import type { Database } from '../engine';
import type { TableShape } from './store-schema';

/** What one table holds, engine-neutrally: its row count and a hash over every row's canonical form. */
export interface TableDigest {
  rows: number;
  sha256: string;
}

/**
 * A value as both engines give it back alike: blobs as base64, integers beyond 2^53 as text, booleans as 0/1 (what
 * SQLite stores), -0 as 0. Dates (no app column holds one) as ISO text.
 */
export function canonicalValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return { $blob: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = typeof a === 'string' ? a : JSON.stringify(a);
  const right = typeof b === 'string' ? b : JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Every row as canonical values, columns by name, rows by primary key (all columns where a table has none). */
export function canonicalRows(db: Database, shape: TableShape): unknown[][] {
  const columns = [...shape.columns].sort();
  const rows = db
    .prepare(`SELECT ${columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(shape.name)}`)
    .raw()
    .all() as unknown[][];
  const canonical = rows.map((row) => row.map(canonicalValue));
  const keyIndexes = (shape.primaryKey.length > 0 ? shape.primaryKey : columns).map((c) => columns.indexOf(c));
  // Sorted here, not by ORDER BY: PostgreSQL orders text by its collation, SQLite by bytes.
  canonical.sort((x, y) => {
    for (const i of keyIndexes) {
      const order = compareValues(x[i], y[i]);
      if (order !== 0) return order;
    }
    return 0;
  });
  return canonical;
}

export function tableDigest(db: Database, shape: TableShape): TableDigest {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([...shape.columns].sort()));
  const rows = canonicalRows(db, shape);
  for (const row of rows) hash.update(`\n${JSON.stringify(row)}`);
  return { rows: rows.length, sha256: hash.digest('hex') };
}

/** A table or column name in double quotes (both engines), for names read from the schema. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
