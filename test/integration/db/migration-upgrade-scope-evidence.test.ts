import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, listEvidence } from '../../../db/repositories/evidence';
import { listFiledOccupations } from '../../../db/repositories/filed-occupations';
import { migrations } from '../../../db/migrations';
import { openDatabase } from '../../../db/open';
import { SAMPLE_USCC } from '../../support/store-fixtures';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const SHA = 'b'.repeat(64);
const VERSION_BEFORE = 7;

describe('migrations 0008 (evidence files shared by rows) and 0009 (origin of filed scope rows)', () => {
  it('upgrade a version-7 database keeping evidence and scope; old scope rows count as filed', () => {
    const file = temp.file('v7.sqlite');
    const old = openDatabase(file, { migrations: migrations.slice(0, VERSION_BEFORE) });
    // Written with the SQL of version 7: today's repositories already name the new column.
    old.db.exec(`
      INSERT INTO institutions (id, uscc, name, created_at, updated_at) VALUES (1, '${SAMPLE_USCC}', '测试评价机构', 'now', 'now');
      INSERT INTO filings (id, institution_id, kind, listed_name, filing_no, filing_year, created_at, updated_at)
        VALUES (1, 1, 'enterprise', '测试评价机构', 'Y1', 2020, 'now', 'now');
      INSERT INTO filed_occupations (id, filing_id, code, name) VALUES (1, 1, '6-31-01-03', '电工');
      INSERT INTO inspections (id, institution_id, filing_id, template_id, template_version, panel_json, inspection_date, created_at, updated_at)
        VALUES (1, 1, 1, 'shanxi-renewal-2023', '2023.1', '[]', '2023-09-10', 'now', 'now');
      INSERT INTO evidence (inspection_id, item_id, relative_path, sha256, size_bytes, mime, created_at)
        VALUES (1, '1.1.1', 'evidence/1/x.jpg', '${SHA}', 3, 'image/jpeg', 'now');
    `);
    old.db.close();
    const seeded = { inspectionId: 1, filingId: 1 };

    const { db, migration } = openDatabase(file, { dataDir: temp.dir });
    expect(migration.applied).toEqual(expect.arrayContaining(['0008-evidence-shared-files', '0009-filed-scope-origin']));
    expect(listEvidence(db, seeded.inspectionId).map((e) => [e.relativePath, e.sha256])).toEqual([['evidence/1/x.jpg', SHA]]);
    expect(listFiledOccupations(db, seeded.filingId).map((o) => o.origin)).toEqual(['filed']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Content-addressed: a second row may name the same file (the same photo on another item).
    addEvidence(db, { inspectionId: seeded.inspectionId, itemId: '1.1.2', relativePath: 'evidence/1/x.jpg', sha256: SHA, sizeBytes: 3, mime: 'image/jpeg', actor: 'a' });
    expect(listEvidence(db, seeded.inspectionId)).toHaveLength(2);
    expect(() => db.prepare(`UPDATE filed_occupations SET origin = 'guessed'`).run()).toThrow(/CHECK/);
    db.close();
  });
});
