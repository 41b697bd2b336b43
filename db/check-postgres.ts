import type { Database } from './engine';
import { builtinFormVersions } from './builtin-form-templates';
import { appTables } from './copy/store-schema';
import { quoteIdentifier } from './copy/table-digest';
import { latestSchemaVersion } from './migrations';
import { connectPostgres } from './open-store';
import { displayLocation } from './store-display';

export interface PostgresCheckReport {
  ok: boolean;
  engine: 'postgres';
  target: string;
  userVersion: number;
  latest: number;
  /** Built-in forms (template id@version) this app registers that the store does not hold. */
  missingBuiltinForms: string[];
  rowCounts: Record<string, number>;
  problems: string[];
}

/**
 * `db check` on PostgreSQL, read-only: the connection (STORE_CONNECT_FAILED is thrown, as a missing file is), the schema
 * version against this app's, the built-in forms, and each table's row count. SQLite's quick_check/integrity_check have
 * no PostgreSQL counterpart: the server checks its own pages (data checksums, amcheck are the DBA's tools).
 */
export function checkPostgresStore(url: string): PostgresCheckReport {
  const db = connectPostgres(url);
  try {
    return inspect(db, displayLocation(url));
  } finally {
    db.close();
  }
}

function inspect(db: Database & { schemaVersion(): number }, target: string): PostgresCheckReport {
  const userVersion = db.schemaVersion();
  const problems: string[] = [];
  const report: PostgresCheckReport = {
    ok: false,
    engine: 'postgres',
    target,
    userVersion,
    latest: latestSchemaVersion,
    missingBuiltinForms: [],
    rowCounts: {},
    problems,
  };
  if (userVersion === 0) {
    problems.push('数据库中没有本软件的表（尚未初始化，请用 db migrate 或 office init）');
    return report;
  }
  if (userVersion > latestSchemaVersion) problems.push(`结构版本 ${userVersion} 比本软件（${latestSchemaVersion}）新，请升级软件`);
  const tables = appTables(db);
  for (const table of tables) {
    const row = db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).get() as { n: number };
    report.rowCounts[table] = Number(row.n);
  }
  if (tables.includes('form_templates')) {
    const held = new Set((db.prepare('SELECT hash FROM form_templates').all() as { hash: string }[]).map((r) => r.hash));
    report.missingBuiltinForms = builtinFormVersions()
      .filter((v) => !held.has(v.hash))
      .map((v) => `${v.template.id}@${v.template.version}`);
    if (report.missingBuiltinForms.length > 0) problems.push(`缺少内置表单：${report.missingBuiltinForms.join('、')}`);
  } else {
    problems.push('缺少表 form_templates');
  }
  report.ok = problems.length === 0;
  return report;
}
