import type { PgDatabase } from './engine/pg/pg-database';
import { assertNotNewer, type MigrationReport } from './migrate';
import { migrations as sqliteMigrations } from './migrations';
import { postgresMigrations } from './migrations/postgres';
import type { PostgresMigration } from './migrations/postgres/types';

/**
 * Applies every pending PostgreSQL migration in one transaction (PostgreSQL's DDL is transactional, so a failure
 * leaves the database as it was) under the store's write lock, so two office PCs starting at once migrate once.
 * The version is kept in schema_migrations, one row per step, as SQLite keeps it in user_version.
 */
export function migratePostgres(db: PgDatabase, migrations: readonly PostgresMigration[] = postgresMigrations): MigrationReport {
  assertMirrorsSqlite(migrations);
  const latest = migrations.length;
  assertNotNewer(db.schemaVersion(), latest);
  let from = 0;
  let applied: PostgresMigration[] = [];
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    from = db.schemaVersion();
    assertNotNewer(from, latest);
    applied = migrations.slice(from);
    for (const m of applied) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
  return {
    from,
    to: from + applied.length,
    applied: applied.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`),
  };
}

/** The two histories are one: the same versions with the same names, in the same order. */
function assertMirrorsSqlite(migrations: readonly PostgresMigration[]): void {
  migrations.forEach((m, index) => {
    const twin = sqliteMigrations[index];
    if (m.version !== index + 1 || !twin || twin.name !== m.name) {
      throw new Error(`PostgreSQL migration ${m.version} ${m.name} does not mirror SQLite migration ${index + 1} ${twin?.name ?? '(none)'}`);
    }
  });
}
