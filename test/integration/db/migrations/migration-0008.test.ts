import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/open';
import { addEvidence, listEvidence } from '../../../../db/repositories/evidence';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, seededAtVersion } from './database-at-version';

// Migrations 0001-0007 only create tables, indexes and triggers: no row is changed or moved, so they have no data test
// of their own (frozen-sql.test.ts asks for one from any migration that alters, drops or writes rows);
// upgrade-equals-fresh.test.ts carries rows through every one of them.

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const SHA = 'd'.repeat(64);
const insertEvidence = `INSERT INTO evidence (inspection_id, item_id, finding_id, relative_path, sha256, size_bytes, mime, created_at)
  VALUES (@inspectionId, @itemId, @findingId, @path, @sha256, @size, 'image/jpeg', 'now')`;
const goodEvidence = { inspectionId: 1, itemId: '2.1.1', findingId: null, path: `evidence/1/${SHA}.jpg`, sha256: SHA, size: 7 };

/** A version-7 database with evidence on an item and on a finding, then exactly migration 0008 applied. */
function migratedFromVersion7() {
  const file = temp.file('v7.sqlite');
  const old = seededAtVersion(file, 7, temp.dir);
  const before = old.db.prepare('SELECT * FROM evidence ORDER BY id').all();
  old.db.close();
  const opened = openAtVersion(file, 8, temp.dir);
  return { file, before, ...opened };
}

describe('migration 0008: evidence rebuilt without UNIQUE (relative_path)', () => {
  it('keeps every evidence row as it was: ids, links to items and findings, paths, hashes, sizes', () => {
    const { db, before, migration } = migratedFromVersion7();
    expect(migration.applied).toEqual(['0008-evidence-shared-files']);
    expect(before).toHaveLength(2);
    expect(db.prepare('SELECT * FROM evidence ORDER BY id').all()).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('drops only the uniqueness: two rows may name one content-addressed file; both indexes are there', () => {
    const { db } = migratedFromVersion7();
    const indexes = db.prepare(`SELECT name, "unique" FROM pragma_index_list('evidence') ORDER BY name`).all();
    expect(indexes).toEqual([
      { name: 'evidence_by_file', unique: 0 },
      { name: 'evidence_by_inspection', unique: 0 },
    ]);
    const evidence = db.prepare(insertEvidence);
    evidence.run(goodEvidence);
    evidence.run({ ...goodEvidence, itemId: '2.1.2' });
    expect(db.prepare('SELECT count(*) FROM evidence WHERE relative_path = ?').pluck().get(goodEvidence.path)).toBe(2);
    db.close();
  });

  it('the rebuilt table still holds its CHECKs, foreign keys and STRICT typing', () => {
    const { db } = migratedFromVersion7();
    const evidence = db.prepare(insertEvidence);
    for (const path of ['/etc/passwd', '\\evidence\\x.jpg', 'evidence/../x.jpg', 'C:evidence/x.jpg', '']) {
      expect(() => evidence.run({ ...goodEvidence, path }), path).toThrow(/CHECK/);
    }
    expect(() => evidence.run({ ...goodEvidence, itemId: null })).toThrow(/CHECK/);
    expect(() => evidence.run({ ...goodEvidence, sha256: 'D'.repeat(64) })).toThrow(/CHECK/);
    expect(() => evidence.run({ ...goodEvidence, inspectionId: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => evidence.run({ ...goodEvidence, findingId: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => evidence.run({ ...goodEvidence, size: 'seven' })).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'evidence'`).pluck().get()).toBe(1);
    db.close();
  });

  it("today's repository reads the carried rows and adds a second row for the same file", () => {
    const { file, db } = migratedFromVersion7();
    db.close();
    const latest = openDatabase(file, { create: true, dataDir: temp.dir });
    expect(latest.migration.from).toBe(8);
    expect(listEvidence(latest.db, 1).map((e) => [e.id, e.itemId, e.findingId])).toEqual([
      [1, '1.1.1', null],
      [2, null, 1],
    ]);
    // Inspection 2 is the draft revision; its photo is the one inspection 1 already holds.
    const [first] = listEvidence(latest.db, 1);
    addEvidence(latest.db, {
      inspectionId: 2,
      itemId: '1.1.1',
      relativePath: first!.relativePath,
      sha256: first!.sha256,
      sizeBytes: 3,
      mime: 'image/jpeg',
      actor: '李评估',
    });
    expect(listEvidence(latest.db, 2).map((e) => e.relativePath)).toEqual([first!.relativePath]);
    latest.db.close();
  });
});
