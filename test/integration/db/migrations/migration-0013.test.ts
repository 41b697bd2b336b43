import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, rowCounts, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function upgradedFrom12() {
  const file = temp.file('v12.sqlite');
  const old = seededAtVersion(file, 12, temp.dir);
  const assignmentsBefore = old.db.prepare('SELECT * FROM sync_assignments ORDER BY uid').all() as Record<string, unknown>[];
  const countsBefore = rowCounts(old.db);
  old.db.close();
  return { assignmentsBefore, countsBefore, ...openAtVersion(file, 13, temp.dir) };
}

const ROUND = 'a'.repeat(32);

describe('migration 0013: rounds, rectifications, assignments per round', () => {
  it('keeps every row; assignments are rebuilt with empty round, rectification and scope', () => {
    const { db, assignmentsBefore, countsBefore } = upgradedFrom12();
    const counts = rowCounts(db);
    for (const [table, count] of Object.entries(countsBefore)) expect(counts[table], table).toBe(count);
    expect(assignmentsBefore.length).toBeGreaterThan(0);
    expect(db.prepare('SELECT * FROM sync_assignments ORDER BY uid').all()).toEqual(
      assignmentsBefore.map((row) => ({ ...row, round_uid: null, rectification_uid: null, scope: null })),
    );
    db.close();
  });

  it('the same laptop may assess the same filing with the same form once per round, no more', () => {
    const { db } = upgradedFrom12();
    const [first] = db.prepare('SELECT * FROM sync_assignments ORDER BY uid').all() as Record<string, unknown>[];
    db.prepare(
      `INSERT INTO assessment_rounds (uid, name, year, origin, opened_by, opened_at) VALUES (?, '2026年度延续备案评估', 2026, 'office', '市局', 'now')`,
    ).run(ROUND);
    const insert = db.prepare(
      `INSERT INTO sync_assignments (uid, device_key, filing_id, template_id, template_version, created_at, round_uid) VALUES (?, ?, ?, ?, ?, 'now', ?)`,
    );
    const again = (uid: string, round: string | null) =>
      insert.run(uid, first?.['device_key'], first?.['filing_id'], first?.['template_id'], first?.['template_version'], round);
    expect(() => again('1'.repeat(32), null)).toThrow(/UNIQUE/);
    again('2'.repeat(32), ROUND);
    expect(() => again('3'.repeat(32), ROUND)).toThrow(/UNIQUE/);
    db.close();
  });

  it('an inspection stays in its round and a decision is final', () => {
    const { db } = upgradedFrom12();
    db.prepare(`INSERT INTO assessment_rounds (uid, name, year, origin, opened_by, opened_at) VALUES (?, '轮次', 2026, 'office', '市局', 'now')`).run(
      ROUND,
    );
    const inspection = db.prepare('SELECT id, filing_id FROM inspections ORDER BY id LIMIT 1').get() as { id: number; filing_id: number };
    db.prepare(`INSERT INTO inspection_rounds (inspection_id, round_uid, purpose) VALUES (?, ?, 'assessment')`).run(inspection.id, ROUND);
    expect(() => db.prepare(`UPDATE inspection_rounds SET purpose = 'assessment' WHERE inspection_id = ?`).run(inspection.id)).toThrow(
      /stays in the round/,
    );
    expect(() =>
      db
        .prepare(`INSERT INTO inspection_rounds (inspection_id, round_uid, purpose, scope) VALUES (?, ?, 'followUp', 'full')`)
        .run(inspection.id + 1000, ROUND),
    ).toThrow(/CHECK|FOREIGN/);
    const uid = 'e'.repeat(32);
    db.prepare(
      `INSERT INTO rectifications (uid, filing_id, round_uid, template_hash, outcome_category, outcome_label, inspection_date, findings_json,
         base_answers_json, deadline_rule_json, due_on, basis, origin, opened_by, opened_at)
       VALUES (?, ?, ?, ?, 'defer', '暂时不予延续备案', '2026-11-02', '[]', '[]', '{"unit":"months","count":2}', '2027-01-02', '依据', 'office', '市局', 'now')`,
    ).run(uid, inspection.filing_id, ROUND, 'f'.repeat(64));
    db.prepare(
      `INSERT INTO rectification_decisions (rectification_uid, decision, reason, decided_on, decided_by, decided_at) VALUES (?, 'renew', '整改到位', '2027-01-05', '科长', 'now')`,
    ).run(uid);
    expect(() => db.prepare(`UPDATE rectification_decisions SET decision = 'terminate'`).run()).toThrow(/final/);
    expect(() => db.prepare(`DELETE FROM rectification_decisions`).run()).toThrow(/final/);
    db.close();
  });
});
