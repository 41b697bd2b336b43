import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertIntegrity, backupBeforeChange } from '../../../db/backup';
import { createDemoData } from '../../../db/demo/generate';
import { openDatabase } from '../../../db/open';
import { saveAnswer } from '../../../db/repositories/answers';
import { runCliCaptured } from '../../support/cli';
import { dumpDatabase } from '../../support/dump';
import { seedInspection } from '../../support/store-fixtures';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('backups', () => {
  it('db backup (SQLite backup API) produces a sound database with the same content, including uncheckpointed WAL data', async () => {
    const file = temp.file('app.sqlite');
    const { db } = openDatabase(file, { create: true });
    createDemoData(db);
    const { inspectionId } = seedInspection(db);
    saveAnswer(db, { inspectionId, itemId: '1.1.1', answer: { deductions: {} }, actor: 'a' });
    const expected = dumpDatabase(db);
    // The connection stays open: the newest pages are still in the WAL, which a file copy would miss.
    const out = temp.file('backup.sqlite');
    const result = await runCliCaptured(['db', 'backup', '--db', file, '--out', out, '--json']);
    expect(result.code).toBe(0);
    db.close();
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(dumpDatabase(copy)).toBe(expected);
    copy.close();
    const again = await runCliCaptured(['db', 'backup', '--db', file, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
  });

  it('backupBeforeChange writes a consistent snapshot into <dataDir>/backups for the importer', () => {
    const file = temp.file('app.sqlite');
    const { db } = openDatabase(file, { create: true });
    seedInspection(db);
    const path = backupBeforeChange(file, temp.dir, 'before import institutions.xlsx');
    expect(path).toMatch(/backups[\\/].+-before-import-institutions-xlsx\.sqlite$/);
    const copy = new Database(path, { readonly: true });
    expect(dumpDatabase(copy)).toBe(dumpDatabase(db));
    copy.close();
    db.close();
  });

  it('assertIntegrity passes a sound database and stops on a damaged one', () => {
    const file = temp.file('app.sqlite');
    const { db } = openDatabase(file, { create: true });
    createDemoData(db);
    expect(() => assertIntegrity(db)).not.toThrow();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const damaged = temp.file('damaged.sqlite');
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 20, 4096 * 24);
    writeFileSync(damaged, bytes);
    const broken = new Database(damaged, { readonly: true });
    expect(() => assertIntegrity(broken)).toThrow(/完整性检查未通过/);
    broken.close();
  });
});
