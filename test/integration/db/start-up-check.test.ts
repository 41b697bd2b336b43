import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupBeforeChange } from '../../../db/backup';
import { listBackups } from '../../../db/backup-list';
import { applyPragmas, assertPragmas, inspectDatabase, openDatabase, REQUIRED_PRAGMAS } from '../../../db/open';
import { restoreBackup } from '../../../db/restore';
import { openWithRestore } from '../../../electron/main/open-with-restore';
import { askToRestore } from '../../../electron/main/restore-dialog';
import { AppError } from '../../../shared/errors';
import { addFillerPages, damageFile } from '../../support/damage';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const institutionCount = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM institutions').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** A database with one institution, a backup of it, a second institution after the backup, then damage. */
function damagedDatabaseWithBackup(): { file: string; backupName: string } {
  const file = temp.file('app.sqlite');
  const { db } = openDatabase(file, { create: true, dataDir: temp.dir });
  db.prepare(
    `INSERT INTO institutions (uscc, name, region, created_at, updated_at) VALUES ('91140302762680279B', '备份前的机构', '阳泉市', 'x', 'x')`,
  ).run();
  addFillerPages(db);
  db.close();
  const backupPath = backupBeforeChange(file, temp.dir, 'before-import-institutions');
  const again = openDatabase(file, { create: true, dataDir: temp.dir }).db;
  again
    .prepare(
      `INSERT INTO institutions (uscc, name, region, created_at, updated_at) VALUES ('911403027626802797', '备份后的机构', '阳泉市', 'x', 'x')`,
    )
    .run();
  again.pragma('wal_checkpoint(TRUNCATE)');
  again.close();
  damageFile(file);
  return { file, backupName: backupPath.split(/[/\\]/).pop() ?? '' };
}

describe('pragmas asserted on every open', () => {
  it('covers WAL, synchronous=FULL, foreign keys and trusted_schema off', () => {
    expect(REQUIRED_PRAGMAS).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, trusted_schema: 0 });
  });

  it.each([
    ['journal_mode', 'journal_mode = DELETE'],
    ['synchronous', 'synchronous = NORMAL'],
    ['foreign_keys', 'foreign_keys = OFF'],
    ['trusted_schema', 'trusted_schema = ON'],
  ])('a connection with %s wrong is refused (DB_PRAGMAS, Chinese message naming it)', (name, wrong) => {
    const db = new Database(temp.file('p.sqlite'));
    try {
      applyPragmas(db);
      expect(() => assertPragmas(db)).not.toThrow();
      db.pragma(wrong);
      let caught: unknown;
      try {
        assertPragmas(db);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('DB_PRAGMAS');
      expect((caught as AppError).message).toContain(name);
      expect((caught as AppError).message).toContain('已停止写入');
    } finally {
      db.close();
    }
  });

  it('openDatabase itself refuses when a pragma cannot take effect (an in-memory database has no WAL)', () => {
    expect(() => openDatabase(':memory:', { create: true })).toThrow(/journal_mode/);
  });
});

describe('backups and restore', () => {
  it('lists the backups in <dataDir>/backups, newest first, with size, date and reason; other files are ignored', () => {
    expect(listBackups(temp.dir)).toEqual([]);
    const { backupName } = damagedDatabaseWithBackup();
    writeFileSync(`${temp.dir}/backups/readme.txt`, 'not a backup');
    const backups = listBackups(temp.dir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ name: backupName, reason: 'before-import-institutions' });
    expect(backups[0]?.sizeBytes).toBeGreaterThan(4096);
    expect(Date.parse(backups[0]?.createdAt ?? '')).not.toBeNaN();
  });

  it('a damaged database is refused; restoring keeps the damaged file aside and brings back the backup', () => {
    const { file, backupName } = damagedDatabaseWithBackup();
    expect(() => openDatabase(file, { create: true })).toThrow(/已损坏/);
    const result = restoreBackup({ databasePath: file, dataDir: temp.dir, backupName });
    expect(result.movedAsideTo).toMatch(/app\.sqlite\.before-restore-/);
    expect(inspectDatabase(result.movedAsideTo ?? '').ok).toBe(false);
    expect(inspectDatabase(file, { full: true }).ok).toBe(true);
    expect(institutionCount(file)).toBe(1);
    openDatabase(file, { create: true }).db.close();
  });

  it('refuses a damaged backup and names outside the backups folder, leaving the database where it was', () => {
    const { file, backupName } = damagedDatabaseWithBackup();
    damageFile(`${temp.dir}/backups/${backupName}`);
    expect(() => restoreBackup({ databasePath: file, dataDir: temp.dir, backupName })).toThrow(expect.objectContaining({ code: 'BACKUP_DAMAGED' }));
    expect(() => restoreBackup({ databasePath: file, dataDir: temp.dir, backupName: '../app.sqlite' })).toThrow(
      expect.objectContaining({ code: 'BACKUP_NOT_FOUND' }),
    );
    expect(existsSync(file)).toBe(true);
    expect(inspectDatabase(file).ok).toBe(false);
  });
});

describe('start-up: a failing check blocks writing and offers the backups', () => {
  it('offers the backups with the problem, restores the chosen one and opens it', () => {
    const { file, backupName } = damagedDatabaseWithBackup();
    const offers: { problem: string; names: string[] }[] = [];
    const outcome = openWithRestore({
      databasePath: file,
      dataDir: temp.dir,
      open: () => openDatabase(file, { create: true, dataDir: temp.dir }),
      chooseBackup: (problem, backups) => {
        offers.push({ problem, names: backups.map((b) => b.name) });
        return backups[0]?.name ?? null;
      },
    });
    expect(offers).toEqual([{ problem: expect.stringContaining('已损坏'), names: [backupName] }]);
    expect(outcome.kind).toBe('opened');
    if (outcome.kind !== 'opened') return;
    expect(outcome.restoredFrom).toContain(backupName);
    expect((outcome.opened.db.prepare('SELECT name FROM institutions').all() as { name: string }[]).map((r) => r.name)).toEqual(['备份前的机构']);
    outcome.opened.db.close();
  });

  it('declining leaves the damaged file untouched and unopened', () => {
    const { file } = damagedDatabaseWithBackup();
    const outcome = openWithRestore({
      databasePath: file,
      dataDir: temp.dir,
      open: () => openDatabase(file, { create: true }),
      chooseBackup: () => null,
    });
    expect(outcome).toEqual({ kind: 'declined', problem: expect.stringContaining('已损坏') });
    expect(inspectDatabase(file).ok).toBe(false);
  });

  it('without any backup the failure is reported as it is', () => {
    const file = temp.file('alone.sqlite');
    openDatabase(file, { create: true }).db.close();
    damageFile(file);
    expect(() =>
      openWithRestore({ databasePath: file, dataDir: temp.dir, open: () => openDatabase(file, { create: true }), chooseBackup: () => null }),
    ).toThrow(/没有可用的备份/);
  });

  it('the dialog is in Chinese, offers the newest backups as buttons plus 退出, and maps the click back to a name', () => {
    const backups = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
      name: `b${n}.sqlite`,
      path: `/b${n}`,
      sizeBytes: n * 1048576,
      createdAt: `2024-05-0${n}T08:00:00.000Z`,
      reason: 'before-import-batches',
    }));
    const shown: Electron.MessageBoxSyncOptions[] = [];
    const dialog = (click: number) => ({
      showMessageBoxSync: (options: Electron.MessageBoxSyncOptions) => {
        shown.push(options);
        return click;
      },
    });
    expect(askToRestore(dialog(1), '数据库文件已损坏', backups)).toBe('b2.sqlite');
    expect(askToRestore(dialog(5), '数据库文件已损坏', backups)).toBeNull();
    expect(shown[0]?.buttons).toHaveLength(6);
    expect(shown[0]?.buttons?.[5]).toBe('退出');
    expect(shown[0]?.buttons?.[0]).toContain('恢复 2024-05-01 08:00');
    expect(shown[0]?.detail).toContain('数据库文件已损坏');
    expect(shown[0]?.cancelId).toBe(5);
  });
});
