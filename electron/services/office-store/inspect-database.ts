import { connectPostgres } from '../../../db/open-store';
import type { PgDatabase } from '../../../db/engine/pg/pg-database';
import { latestSchemaVersion } from '../../../db/migrations';
import type { ConnectionTestResult as ConnectionReport, DatabaseContents } from '../../../shared/ipc/channels/office-store';

/** What a PostgreSQL database holds, as 测试连接 reports it before anything is written: connects to `url`, looks, and disconnects; STORE_CONNECT_FAILED (from connectPostgres) when it cannot connect. */
export function inspectPostgres(url: string, options: { connectTimeoutMs?: number } = {}): ConnectionReport {
  const db = connectPostgres(url, options);
  try {
    return { serverVersion: serverVersionOf(db), contents: contentsOf(db) };
  } finally {
    db.close();
  }
}

function serverVersionOf(db: PgDatabase): string {
  const row = db.prepare("SELECT current_setting('server_version') AS version").get() as { version: string };
  return row.version.split(' ')[0] ?? row.version;
}

/** Only the schema the connection works in counts (current_schema(), as the migrations create their tables there). */
export function contentsOf(db: PgDatabase): DatabaseContents {
  const tables = (
    db.prepare('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name').all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  if (tables.length === 0) return { kind: 'empty' };
  if (!tables.includes('schema_migrations')) return { kind: 'foreign', tables: tables.slice(0, 5) };
  const version = db.schemaVersion();
  return version > latestSchemaVersion
    ? { kind: 'newer', version, latest: latestSchemaVersion }
    : { kind: 'ours', version, latest: latestSchemaVersion };
}
