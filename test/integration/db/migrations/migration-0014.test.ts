import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, rowCounts, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function upgradedFrom13() {
  const file = temp.file('v13.sqlite');
  const old = seededAtVersion(file, 13, temp.dir);
  const assignmentsBefore = old.db.prepare('SELECT * FROM sync_assignments ORDER BY uid').all() as Record<string, unknown>[];
  const countsBefore = rowCounts(old.db);
  old.db.close();
  return { assignmentsBefore, countsBefore, ...openAtVersion(file, 14, temp.dir) };
}

const ROUND = 'b'.repeat(32);
const SEED = 'c'.repeat(64);

describe('migration 0014: expert pool, round plans and draws, the panel of an assignment', () => {
  it('keeps every row; assignments gain an empty panel', () => {
    const { db, assignmentsBefore, countsBefore } = upgradedFrom13();
    const counts = rowCounts(db);
    for (const [table, count] of Object.entries(countsBefore)) expect(counts[table], table).toBe(count);
    expect(assignmentsBefore.length).toBeGreaterThan(0);
    expect(db.prepare('SELECT * FROM sync_assignments ORDER BY uid').all()).toEqual(assignmentsBefore.map((row) => ({ ...row, panel_json: null })));
    db.close();
  });

  it('fixes the seed when the plan is made, and the plan and draw once drawn', () => {
    const { db } = upgradedFrom13();
    db.prepare(
      `INSERT INTO assessment_rounds (uid, name, year, origin, opened_by, opened_at) VALUES (?, '2026年度过程化资料抽检', 2026, 'office', '市局', 'now')`,
    ).run(ROUND);
    db.prepare(
      `INSERT INTO round_plans (round_uid, rules_json, seed, seed_hash, seed_source, created_by, created_at, updated_at) VALUES (?, '{}', ?, ?, 'generated', '市局', 'now', 'now')`,
    ).run(ROUND, SEED, 'd'.repeat(64));
    expect(() => db.prepare('UPDATE round_plans SET seed = ? WHERE round_uid = ?').run('e'.repeat(64), ROUND)).toThrow(/seed is fixed/);
    db.prepare(`UPDATE round_plans SET rules_json = '{"a":1}' WHERE round_uid = ?`).run(ROUND);
    db.prepare(
      `INSERT INTO round_draws (round_uid, record_json, institutions_json, experts_json, drawn_by, drawn_at) VALUES (?, '{}', '{}', '{}', '市局', 'now')`,
    ).run(ROUND);
    expect(() => db.prepare(`UPDATE round_plans SET rules_json = '{}' WHERE round_uid = ?`).run(ROUND)).toThrow(/stays as it was drawn/);
    expect(() => db.prepare(`UPDATE round_draws SET record_json = '{"x":1}'`).run()).toThrow(/drawn once/);
    expect(() => db.prepare('DELETE FROM round_draws').run()).toThrow(/drawn once/);
    db.close();
  });

  it('an expert may lead or sit as a member, at least one of the two', () => {
    const { db } = upgradedFrom13();
    const insert = db.prepare(
      `INSERT INTO experts (code, name, id_number, can_lead, can_member, created_at, updated_at) VALUES (?, '张三', ?, ?, ?, 'now', 'now')`,
    );
    insert.run('ZJ00001', '370102198001011234', 1, 0);
    expect(() => insert.run('ZJ00002', '370102198001015678', 0, 0)).toThrow(/CHECK/);
    expect(() => insert.run('ZJ00003', '370102198001011234', 0, 1)).toThrow(/UNIQUE/);
    db.close();
  });
});
