import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../db/engine';
import { PgDatabase } from '../../../../db/engine/pg/pg-database';
import { postgresMigrations } from '../../../../db/migrations/postgres';
import { openStore } from '../../../../db/open-store';
import { createPostgresDatabase, openPostgresTestStore, postgresDisabled, type TestPostgresDatabase } from '../../../support/postgres';
import { postgresSchema } from './schema-shape';

const latest = postgresMigrations.length;
const NEWER = latest + 1;

let created: TestPostgresDatabase[] = [];
afterEach(() => {
  for (const database of created) database.drop();
  created = [];
});

function withConnection<T>(url: string, work: (db: PgDatabase) => T): T {
  const db = new PgDatabase(url);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Everything openStore could change: the schema, the version rows, and the forms registration would add back. */
function state(db: Database) {
  return {
    schema: postgresSchema(db),
    versions: db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all(),
    forms: db.prepare('SELECT count(*) AS n FROM form_templates').get(),
  };
}

function refusal(url: string): unknown {
  try {
    openStore(url, { create: true }).db.close();
  } catch (error) {
    return error;
  }
  return null;
}

describe.skipIf(postgresDisabled)('a PostgreSQL store written by a newer app is refused untouched', () => {
  it('a store one version ahead: DB_TOO_NEW, no migration, no form registration', () => {
    const store = openPostgresTestStore();
    created.push(store.database);
    // The newer app's step: its own table, its version row. Its store also lacks our built-in forms (the triggers
    // are set aside to remove them), so a registration that ran anyway would show as rows coming back.
    store.db.exec(`
      CREATE TABLE newer_feature (id BIGINT PRIMARY KEY);
      INSERT INTO schema_migrations (version, name, applied_at) VALUES (${NEWER}, 'newer-feature', '2030-01-01T00:00:00.000Z');
      ALTER TABLE form_templates DISABLE TRIGGER form_templates_no_delete;
      DELETE FROM inspection_template_pins;
      DELETE FROM form_templates;
      ALTER TABLE form_templates ENABLE TRIGGER form_templates_no_delete;
    `);
    const before = state(store.db);
    store.db.close();

    expect(refusal(store.database.url)).toMatchObject({ code: 'DB_TOO_NEW', params: { version: NEWER, latest } });
    withConnection(store.database.url, (db) => expect(state(db)).toEqual(before));
  }, 120_000);

  it('a database holding only a newer history: DB_TOO_NEW even with create, and no table of ours appears', () => {
    const database = createPostgresDatabase();
    created.push(database);
    withConnection(database.url, (db) =>
      db.exec(`
        CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
        INSERT INTO schema_migrations (version, name, applied_at) VALUES (${NEWER}, 'newer-feature', '2030-01-01T00:00:00.000Z');
      `),
    );

    expect(refusal(database.url)).toMatchObject({ code: 'DB_TOO_NEW', params: { version: NEWER, latest } });
    withConnection(database.url, (db) => {
      const tables = db
        .prepare('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name')
        .all();
      expect(tables).toEqual([{ name: 'schema_migrations' }]);
      expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: NEWER }]);
    });
  }, 120_000);
});
