import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { PgDatabase } from '../../../db/engine/pg/pg-database';
import { latestSchemaVersion } from '../../../db/migrations';
import type { Database } from '../../../db/engine';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { listReview, reviewInspection } from '../../../electron/services/sync/review/review-list';
import { getRole } from '../../../electron/services/sync/role';
import { errorText } from '../../../shared/errors';
import { runCliCaptured } from '../../support/cli';
import { dumpDatabase } from '../../support/dump';
import { createPostgresDatabase, postgresDisabled, type TestPostgresDatabase } from '../../support/postgres';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, PASSPHRASE } from '../sync/sync-fixtures';

// Issue 17, points 2 and 3, through the CLI an office runs: office init, db migrate / check / backup on PostgreSQL,
// restore-pg, and db copy of a single-PC office into PostgreSQL and back with the same state hash.
let world: ReturnType<typeof makeWorld>;
let officeFile = '';
let hashBefore = '';
let dumpBefore = '';
const databases: TestPostgresDatabase[] = [];

function database(): TestPostgresDatabase {
  const created = createPostgresDatabase('si_cli');
  databases.push(created);
  return created;
}

function onPostgres<T>(url: string, work: (db: PgDatabase) => T): T {
  const db = new PgDatabase(url);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function onSqlite<T>(path: string, work: (db: Database) => T): T {
  const { db } = openDatabase(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  // A single-PC office with something of everything the state hash covers: two laptops' results, one reviewed.
  world = makeWorld();
  const office = world.office('office.sqlite', 'sqlite');
  const [renewal] = filingsOfYear(office.db, 2020);
  const [ongoing] = filingsOfYear(office.db, 2021);
  if (renewal === undefined || ongoing === undefined) throw new Error('demo filings missing');
  const field = world.field(office, 'laptop-01', '张三', [renewal, ongoing]);
  await inspect(field, renewal);
  await inspect(field, ongoing, { vetoYes: true });
  importBundle(office.db, exportBundle(world, field, 'b1.skb'), office.keys, NOW);
  const [first] = listReview(office.db);
  if (!first) throw new Error('nothing imported');
  reviewInspection(office.db, { importedId: first.importedId, decision: 'accepted', actor: '科长', now: NOW });
  hashBefore = syncStateHash(office.db);
  dumpBefore = dumpDatabase(office.db);
  officeFile = office.path;
  office.db.close();
}, 120_000);

afterAll(() => {
  world?.close();
  for (const created of databases) created.drop();
});

describe.skipIf(postgresDisabled)('office on PostgreSQL through the CLI', () => {
  it('office init --db postgres://… creates the schema; db migrate and db check then see the current version', async () => {
    const target = database();
    const init = await runCliCaptured([
      'office',
      'init',
      '--db',
      target.url,
      '--name',
      '阳泉市人力资源和社会保障局',
      '--passphrase',
      PASSPHRASE,
      '--json',
    ]);
    expect(init.code, init.stderr).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ role: 'office' });
    expect(onPostgres(target.url, (db) => [db.schemaVersion(), getRole(db)])).toEqual([latestSchemaVersion, 'office']);

    const migrate = await runCliCaptured(['db', 'migrate', '--db', target.url]);
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain(`数据库已是最新结构（版本 ${latestSchemaVersion}）`);

    const check = await runCliCaptured(['db', 'check', '--db', target.url, '--json']);
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, userVersion: latestSchemaVersion });
    // The password given in the URL is never printed back.
    expect(check.stdout + check.stderr + init.stdout + migrate.stdout).not.toContain(new URL(target.url).password);
  });

  it('a PostgreSQL store from a newer app version is refused by db migrate, and left as it was', async () => {
    const target = database();
    expect((await runCliCaptured(['db', 'migrate', '--db', target.url])).code).toBe(0);
    const newer = latestSchemaVersion + 1;
    onPostgres(target.url, (db) =>
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(newer, 'from-the-future', NOW.toISOString()),
    );
    const migrate = await runCliCaptured(['db', 'migrate', '--db', target.url]);
    expect(migrate.code).toBe(2);
    expect(migrate.stderr).toContain('[DB_TOO_NEW]');
    expect(onPostgres(target.url, (db) => db.schemaVersion())).toBe(newer);
  });

  it('db copy moves the single-PC office into PostgreSQL and back: the same state hash, the same rows', async () => {
    const target = database();
    const toPostgres = await runCliCaptured(['db', 'copy', '--from', officeFile, '--to', target.url, '--json']);
    expect(toPostgres.code, toPostgres.stderr).toBe(0);
    const report = JSON.parse(toPostgres.stdout) as { stateHash: string; rows: number; to: string };
    expect(report.stateHash).toBe(hashBefore);
    expect(report.rows).toBeGreaterThan(100);
    expect(report.to).not.toContain(new URL(target.url).password);
    expect(onPostgres(target.url, (db) => syncStateHash(db))).toBe(hashBefore);
    expect(onPostgres(target.url, (db) => getRole(db))).toBe('office');

    const back = world.temp.file('back.sqlite');
    const toSqlite = await runCliCaptured(['db', 'copy', '--from', target.url, '--to', back, '--json']);
    expect(toSqlite.code, toSqlite.stderr).toBe(0);
    expect(onSqlite(back, (db) => syncStateHash(db))).toBe(hashBefore);
    // Every row of every table came back as it left, BLOBs byte for byte.
    expect(onSqlite(back, (db) => dumpDatabase(db))).toBe(dumpBefore);
  });

  it('db copy into a database that already holds data is refused, and that database is unchanged', async () => {
    const target = database();
    expect((await runCliCaptured(['db', 'copy', '--from', officeFile, '--to', target.url])).code).toBe(0);
    const before = onPostgres(target.url, (db) => dumpDatabase(db));
    const again = await runCliCaptured(['db', 'copy', '--from', officeFile, '--to', target.url]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('[STORE_NOT_EMPTY]');
    expect(onPostgres(target.url, (db) => dumpDatabase(db))).toBe(before);
  });

  it('db backup on PostgreSQL writes a pg_dump file that restore-pg brings back into an empty database', async () => {
    const source = database();
    expect((await runCliCaptured(['db', 'copy', '--from', officeFile, '--to', source.url])).code).toBe(0);
    const file = world.temp.file('office.pgdump');
    const backup = await runCliCaptured(['db', 'backup', '--db', source.url, '--out', file]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(backup.stdout).not.toContain(new URL(source.url).password);

    // Never over an existing file.
    const twice = await runCliCaptured(['db', 'backup', '--db', source.url, '--out', file]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('[BACKUP_EXISTS]');

    const restored = database();
    const restore = await runCliCaptured(['db', 'restore-pg', '--from', file, '--to', restored.url]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(onPostgres(restored.url, (db) => syncStateHash(db))).toBe(hashBefore);
    expect(onPostgres(restored.url, (db) => dumpDatabase(db))).toBe(onPostgres(source.url, (db) => dumpDatabase(db)));

    // A database that holds tables is never restored over.
    const over = await runCliCaptured(['db', 'restore-pg', '--from', file, '--to', restored.url]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`[STORE_NOT_EMPTY]`);
    expect(errorText('STORE_NOT_EMPTY', { target: 'x', tables: 'y' })).toMatch(/[\u4e00-\u9fff]/);
  });
});
