import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase } from '../../../../db/engine/pg/pg-database';
import { migrate } from '../../../../db/migrate';
import { migratePostgres } from '../../../../db/migrate-postgres';
import { migrations } from '../../../../db/migrations';
import { postgresMigrations } from '../../../../db/migrations/postgres';
import { openDatabase } from '../../../../db/open';
import { createPostgresDatabase, openPostgresTestStore, postgresDisabled, type TestPostgresDatabase } from '../../../support/postgres';
import { makeTempDir } from '../../../support/temp';
import { postgresSchema, sqliteSchema } from './schema-shape';

describe('the PostgreSQL migrations mirror the SQLite ones', () => {
  it('same count, versions and names, in the same order', () => {
    expect(postgresMigrations.map((m) => [m.version, m.name])).toEqual(migrations.map((m) => [m.version, m.name]));
  });

  it('are literal SQL with no ? (exec sends it as written)', () => {
    for (const m of postgresMigrations) expect(m.sql, `${m.version}-${m.name}`).not.toContain('?');
  });
});

describe.skipIf(postgresDisabled)('after every version both engines hold the same schema', () => {
  let database: TestPostgresDatabase;
  let pg: PgDatabase;
  let sqlite: Sqlite.Database;
  beforeAll(() => {
    database = createPostgresDatabase();
    pg = new PgDatabase(database.url);
    sqlite = new Sqlite(':memory:');
  }, 60_000);
  afterAll(() => {
    sqlite?.close();
    pg?.close();
    database?.drop();
  });

  it('tables, columns in order, NOT NULL, defaults, keys, unique and named indexes, foreign keys, triggers', () => {
    for (let version = 1; version <= migrations.length; version += 1) {
      migrate(sqlite, migrations.slice(0, version));
      migratePostgres(pg, postgresMigrations.slice(0, version));
      const expected = sqliteSchema(sqlite);
      expect(Object.keys(expected.tables).length, `version ${version} has tables`).toBeGreaterThan(0);
      expect(postgresSchema(pg), `after version ${version}`).toEqual(expected);
    }
  });

  it('the comparison sees a missing column and a missing unique key', () => {
    const before = postgresSchema(pg);
    pg.exec('BEGIN; ALTER TABLE expert_conflicts DROP COLUMN note');
    try {
      expect(postgresSchema(pg)).not.toEqual(sqliteSchema(sqlite));
    } finally {
      pg.exec('ROLLBACK');
    }
    pg.exec('BEGIN; DROP INDEX sync_assignments_once');
    try {
      expect(postgresSchema(pg).tables.sync_assignments).not.toEqual(sqliteSchema(sqlite).tables.sync_assignments);
    } finally {
      pg.exec('ROLLBACK');
    }
    expect(postgresSchema(pg)).toEqual(before);
  });

  it('the expression index keeps coalesce, the spelling a translated ON CONFLICT (ifnull(...)) names', () => {
    const definition = pg.prepare("SELECT pg_get_indexdef(CAST('sync_assignments_once' AS regclass)) AS d").get() as { d: string };
    expect(definition.d).toContain("COALESCE(round_uid, ''::text)");
    expect(definition.d).toContain("COALESCE(rectification_uid, ''::text)");
  });
});

describe.skipIf(postgresDisabled)('stores opened by openStore / openDatabase with create', () => {
  it('have the same schema on both engines, and the built-in forms on both', () => {
    const temp = makeTempDir();
    const store = openPostgresTestStore();
    try {
      const { db } = openDatabase(temp.file('store.sqlite'), { create: true });
      try {
        expect(postgresSchema(store.db)).toEqual(sqliteSchema(db));
        const forms = (d: typeof db | typeof store.db) => d.prepare('SELECT hash FROM form_templates ORDER BY hash').all() as { hash: string }[];
        expect(forms(store.db)).toEqual(forms(db));
        expect(forms(db).length).toBeGreaterThan(0);
      } finally {
        db.close();
      }
    } finally {
      store.db.close();
      store.database.drop();
      temp.cleanup();
    }
  }, 120_000);
});
