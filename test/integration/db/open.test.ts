import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectDatabase, openDatabase, REQUIRED_PRAGMAS } from '../../../db/open';
import { latestSchemaVersion } from '../../../db/migrations';
import type { Migration } from '../../../db/migrations/types';
import { makeTempDir } from '../../support/temp';
import { runCliCaptured } from '../../support/cli';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('openDatabase', () => {
  it('creates a fresh database at the latest version with the required pragmas', () => {
    const { db, created, migration } = openDatabase(temp.file('app.sqlite'), { create: true });
    expect(created).toBe(true);
    expect(migration.to).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe(REQUIRED_PRAGMAS.journal_mode);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('refuses a missing file unless asked to create one, leaving nothing behind (not even -wal or -shm)', () => {
    const file = temp.file('typo.sqlite');
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DB_FILE_MISSING', params: { path: file } }));
    expect(() => openDatabase(file, { create: false })).toThrow(/找不到数据库文件/);
    expect(readdirSync(temp.dir)).toEqual([]);
    openDatabase(file, { create: true }).db.close();
    const { db, created } = openDatabase(file);
    expect(created).toBe(false);
    db.close();
  });

  it('uses STRICT tables', () => {
    const { db } = openDatabase(temp.file('app.sqlite'), { create: true });
    const tables = db
      .prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t, t.name).toMatchObject({ strict: 1 });
    db.close();
  });

  it('reopening applies nothing', () => {
    openDatabase(temp.file('app.sqlite'), { create: true }).db.close();
    const { db, migration, created } = openDatabase(temp.file('app.sqlite'), { create: true });
    expect(created).toBe(false);
    expect(migration.applied).toEqual([]);
    db.close();
  });

  it('upgrades an older database and rolls back every step when one migration fails', () => {
    const file = temp.file('app.sqlite');
    const first: Migration = { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT') };
    const second: Migration = { version: 2, name: 'two', up: (db) => db.exec('CREATE TABLE b (y INTEGER) STRICT') };
    const broken: Migration = {
      version: 3,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE c (z INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    openDatabase(file, { create: true, migrations: [first] }).db.close();
    const upgraded = openDatabase(file, { create: true, migrations: [first, second] });
    expect(upgraded.migration).toMatchObject({ from: 1, to: 2, applied: ['0002-two'] });
    upgraded.db.close();

    expect(() => openDatabase(file, { create: true, migrations: [first, second, broken] })).toThrow('boom');
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(2);
    expect(raw.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'c'`).get()).toEqual({ n: 0 });
    raw.close();
  });

  it('refuses a database from a newer app version with a clear message, leaving it untouched', () => {
    const file = temp.file('app.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file, { create: true })).toThrow(/更新版本的软件/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a damaged file instead of opening it for writing', () => {
    const file = temp.file('app.sqlite');
    const { db } = openDatabase(file, { create: true });
    db.exec(`CREATE TABLE filler (t TEXT) STRICT`);
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run('x'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    // Overwrite pages in the middle of the file with garbage.
    bytes.fill(0xab, 4096 * 3, 4096 * 6);
    writeFileSync(file, bytes);
    expect(inspectDatabase(file).ok).toBe(false);
    expect(() => openDatabase(file, { create: true })).toThrow(/数据库文件已损坏/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports a file that is not a database at all', () => {
    const file = temp.file('notes.sqlite');
    writeFileSync(file, 'this is not sqlite, just text '.repeat(100));
    expect(() => openDatabase(file, { create: true })).toThrow(/数据库文件已损坏/);
  });
});

describe('CLI db commands', () => {
  it('db migrate creates the database and db check reports it healthy', async () => {
    const file = temp.file('cli.sqlite');
    const migrated = await runCliCaptured(['db', 'migrate', '--db', file, '--json']);
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.stdout)).toMatchObject({ created: true, to: latestSchemaVersion });
    const checked = await runCliCaptured(['db', 'check', '--db', file]);
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.stdout).toContain('数据库完好');
  });

  it('db check exits 1 on a damaged file', async () => {
    const file = temp.file('bad.sqlite');
    writeFileSync(file, Buffer.alloc(8192, 7));
    const checked = await runCliCaptured(['db', 'check', '--db', file, '--json']);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout)).toMatchObject({ ok: false });
  });

  it('--help lists the commands', async () => {
    const help = await runCliCaptured(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('db');
  });
});
