import { appTables, tableShape } from '../../db/copy/store-schema';
import type { Database } from '../../db/engine';

/**
 * Every app table's rows in primary-key order plus the schema version, as one string: two databases with the same
 * dump hold the same data. BLOBs are shown as hex so the comparison covers their bytes. The tables are read from the
 * schema of either engine (db/copy/store-schema), so the suites that run on PostgreSQL dump it the same way.
 */
export function dumpDatabase(db: Database): string {
  const out: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
  for (const name of appTables(db)) {
    const { columns, primaryKey } = tableShape(db, name);
    const order = (primaryKey.length > 0 ? primaryKey : columns.slice(0, 2)).map((column) => `"${column}"`).join(', ');
    const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all() as Record<string, unknown>[];
    out[name] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? `x'${value.toString('hex')}'` : value])),
    );
  }
  return JSON.stringify(out);
}
