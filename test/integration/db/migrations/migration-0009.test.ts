import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/open';
import { listFiledOccupations } from '../../../../db/repositories/filed-occupations';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

/** A version-8 database with a filing's scope (two occupations with levels, a batch on one), then exactly 0009. */
function migratedFromVersion8() {
  const file = temp.file('v8.sqlite');
  const old = seededAtVersion(file, 8, temp.dir);
  const occupationsBefore = old.db.prepare('SELECT * FROM filed_occupations ORDER BY id').all() as Record<string, unknown>[];
  const levelsBefore = old.db.prepare('SELECT * FROM filed_levels ORDER BY filed_occupation_id, level').all();
  const batchesBefore = old.db.prepare('SELECT * FROM batches ORDER BY id').all();
  old.db.close();
  const opened = openAtVersion(file, 9, temp.dir);
  return { file, occupationsBefore, levelsBefore, batchesBefore, ...opened };
}

describe('migration 0009: filed_occupations.origin', () => {
  it('R-INS-03 scope rows written before the column existed count as filed; everything else about them is unchanged', () => {
    const { db, migration, occupationsBefore, levelsBefore, batchesBefore } = migratedFromVersion8();
    expect(migration.applied).toEqual(['0009-filed-scope-origin']);
    expect(occupationsBefore).toHaveLength(2);
    expect(db.prepare('SELECT * FROM filed_occupations ORDER BY id').all()).toEqual(occupationsBefore.map((row) => ({ ...row, origin: 'filed' })));
    expect(db.prepare('SELECT * FROM filed_levels ORDER BY filed_occupation_id, level').all()).toEqual(levelsBefore);
    expect(db.prepare('SELECT * FROM batches ORDER BY id').all()).toEqual(batchesBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('R-INS-03 origin is one of filed / derived / unfiled, never empty, and defaults to filed', () => {
    const { db } = migratedFromVersion8();
    const setOrigin = db.prepare('UPDATE filed_occupations SET origin = ? WHERE id = 2');
    expect(() => setOrigin.run('guessed')).toThrow(/CHECK/);
    expect(() => setOrigin.run(null)).toThrow(/NOT NULL/);
    for (const origin of ['derived', 'unfiled', 'filed']) setOrigin.run(origin);
    db.prepare(`INSERT INTO filed_occupations (id, filing_id, code, name) VALUES (3, 2, '4-07-05-01', '保育师')`).run();
    expect(db.prepare('SELECT origin FROM filed_occupations WHERE id = 3').pluck().get()).toBe('filed');
    db.close();
  });

  it("R-INS-03 today's repository reads the carried scope as filed, with its levels", () => {
    const { file, db } = migratedFromVersion8();
    db.close();
    const latest = openDatabase(file, { create: true, dataDir: temp.dir });
    expect(listFiledOccupations(latest.db, 1).map((o) => [o.code, o.workType, o.origin, o.levels])).toEqual([
      ['4-10-01-02', '育婴', 'filed', ['level3']],
      ['6-31-01-03', '', 'filed', ['level5', 'level4']],
    ]);
    latest.db.close();
  });
});
