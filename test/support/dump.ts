import type { Database } from 'better-sqlite3';

/**
 * Every user table's rows in primary-key order plus user_version, as one string: two databases with the same
 * dump hold the same data. BLOBs are shown as hex so the comparison covers their bytes.
 */
export function dumpDatabase(db: Database): string {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as {
    name: string;
  }[];
  const out: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all() as Record<string, unknown>[];
    out[name] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? `x'${value.toString('hex')}'` : value])),
    );
  }
  return JSON.stringify(out);
}
