import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { latestSchemaVersion } from '../../../db/migrations';
import { migration0001 } from '../../../db/migrations/0001-app-meta';
import { makeTempDir } from '../../support/temp';
import { seedInstitution } from '../../support/store-fixtures';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const STORE_TABLES = [
  'answers',
  'app_meta',
  'audit_log',
  'batches',
  'candidates',
  'devices',
  'evidence',
  'filed_levels',
  'filed_occupations',
  'filings',
  'findings',
  'inspections',
  'inspectors',
  'institutions',
  'sampling_draws',
  'signatures',
];

describe('store schema', () => {
  it('a fresh database has every store table, STRICT, at the latest version, with foreign keys intact', () => {
    const { db, migration, backupPath } = openDatabase(temp.file('app.sqlite'), { create: true });
    expect(migration.to).toBe(latestSchemaVersion);
    expect(backupPath).toBeNull();
    const tables = db
      .prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all();
    // Later features add tables of their own; the store's must all be there, and every table is STRICT.
    expect(tables).toEqual(expect.arrayContaining(STORE_TABLES.map((name) => ({ name, strict: 1 }))));
    expect(tables.every((t) => (t as { strict: number }).strict === 1)).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('upgrades a version-1 database, keeping its data and backing it up first (VACUUM INTO, not a file copy)', () => {
    const file = temp.file('old.sqlite');
    const old = openDatabase(file, { create: true, migrations: [migration0001] });
    old.db.prepare(`INSERT INTO app_meta (key, value) VALUES ('created_at', '2023-01-01T00:00:00Z')`).run();
    old.db.close();

    const { db, migration, backupPath } = openDatabase(file, { create: true, dataDir: temp.dir });
    expect(migration).toMatchObject({ from: 1, to: latestSchemaVersion });
    expect(migration.applied[0]).toBe('0002-institutions');
    expect(db.prepare(`SELECT value FROM app_meta WHERE key = 'created_at'`).get()).toEqual({ value: '2023-01-01T00:00:00Z' });
    seedInstitution(db);
    db.close();

    expect(backupPath).not.toBeNull();
    expect(backupPath && existsSync(backupPath)).toBe(true);
    const backup = new Database(backupPath as string, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare(`SELECT value FROM app_meta WHERE key = 'created_at'`).get()).toEqual({ value: '2023-01-01T00:00:00Z' });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
  });

  it('CHECK constraints refuse values outside the closed sets', () => {
    const { db } = openDatabase(temp.file('app.sqlite'), { create: true });
    const { institutionId, filingId } = seedInstitution(db);
    const now = '2023-01-01T00:00:00Z';
    expect(() =>
      db
        .prepare(
          `INSERT INTO filings (institution_id, kind, listed_name, filing_no, filing_year, created_at, updated_at) VALUES (?, 'school', 'x', 'N1', 2020, ?, ?)`,
        )
        .run(institutionId, now, now),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO filings (institution_id, kind, listed_name, filing_no, filing_year, valid_from, valid_to, created_at, updated_at) VALUES (?, 'college', 'x', 'N2', 2020, '2023-02-30', null, ?, ?)`,
        )
        .run(institutionId, now, now),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO filed_occupations (filing_id, code, name) VALUES (?, '4-10-1-2', '育婴员')`).run(filingId)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO institutions (uscc, name, created_at, updated_at) VALUES ('123', 'x', ?, ?)`).run(now, now)).toThrow(
      /CHECK/,
    );
    db.close();
  });

  it('the audit log refuses UPDATE and DELETE through its triggers', () => {
    const { db } = openDatabase(temp.file('app.sqlite'), { create: true });
    db.prepare(
      `INSERT INTO audit_log (seq, at, actor, inspection_id, entity, entity_id, action, prev_hash, hash) VALUES (1, 'now', 'a', 1, 'answer', '1', 'create', ?, ?)`,
    ).run('0'.repeat(64), '1'.repeat(64));
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'b'`).run()).toThrow(/只能追加/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/只能追加/);
    db.close();
  });
});
