import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../db/audit-verify';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { runCliCaptured } from '../../support/cli';
import { recordCheck, Violations } from '../../reliability/support/record-check';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, type Field, type Office } from './sync-fixtures';

let world: ReturnType<typeof makeWorld>;
let office: Office;
let field: Field;
let inspectionId: number;
let copies = 0;

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  field = world.field(office, 'laptop-01', '张三', filingsOfYear(office.db, 2020).slice(0, 2));
  inspectionId = await inspect(field, filingsOfYear(office.db, 2020)[0] ?? 0);
  importBundle(office.db, exportBundle(world, field, 'genuine.skb'), office.keys, NOW);
}, 120_000);
afterAll(() => world.close());

/** The attacker: a SQLite editor on the laptop's database file, next to the running app. */
function rawSql(sql: string, ...params: unknown[]): void {
  const attacker = new Database(field.path);
  attacker.prepare(sql).run(...params);
  attacker.close();
}

/** An answer with deductions, so that emptying them is a real change. */
const firstAnswerItem = () =>
  field.db
    .prepare(`SELECT item_id FROM answers WHERE inspection_id = ? AND payload_json <> '{"deductions":{}}' ORDER BY item_id LIMIT 1`)
    .pluck()
    .get(inspectionId) as string;

describe('answers are bound to the audit chain (issue 19.1)', () => {
  it('the untouched laptop verifies', async () => {
    expect((await runCliCaptured(['audit', 'verify', '--db', field.path])).code).toBe(0);
  });

  it('update answers set payload_json=\'{"deductions":{}}\' on a signed, exported inspection: audit verify exits 1 naming the row, the office refuses the bundle and changes nothing', async () => {
    const itemId = firstAnswerItem();
    const original = field.db
      .prepare('SELECT payload_json FROM answers WHERE inspection_id = ? AND item_id = ?')
      .pluck()
      .get(inspectionId, itemId) as string;
    rawSql(`UPDATE answers SET payload_json = '{"deductions":{}}' WHERE inspection_id = ? AND item_id = ?`, inspectionId, itemId);
    try {
      const verified = await runCliCaptured(['audit', 'verify', '--db', field.path]);
      expect(verified.code).toBe(1);
      expect(verified.stdout).toContain(`核查记录 #${inspectionId}`);
      expect(verified.stdout).toContain(`评估项 ${itemId}`);

      const forged = exportBundle(world, field, 'edited.skb');
      const before = syncStateHash(office.db);
      const changesBefore = office.db.prepare('SELECT total_changes()').pluck().get();
      expect(() => importBundle(office.db, forged, office.keys, NOW)).toThrow(expect.objectContaining({ code: 'SYNC_AUDIT_STATE_MISMATCH' }));
      expect(syncStateHash(office.db)).toBe(before);
      expect(office.db.prepare('SELECT total_changes()').pluck().get()).toBe(changesBefore);
    } finally {
      rawSql('UPDATE answers SET payload_json = ? WHERE inspection_id = ? AND item_id = ?', original, inspectionId, itemId);
    }
    expect(verifyAuditLog(field.db).ok).toBe(true);
  });

  it.each([
    [
      'a deleted answer',
      'DELETE FROM answers WHERE inspection_id = ? AND item_id = (SELECT min(item_id) FROM answers WHERE inspection_id = ?)',
      /表 answers/,
    ],
    [
      'an inserted answer',
      "INSERT INTO answers (inspection_id, item_id, payload_json, updated_at, updated_by) VALUES (?, 'forged', '{}', 'now', '张三')",
      /表 answers/,
    ],
    ['the inspection row (site)', "UPDATE inspections SET site = site || '改' WHERE id = ?", /表 inspections/],
    ['the status set back to draft', "UPDATE inspections SET status = 'draft' WHERE id = ?", /inspections\.status/],
    [
      'a forged finding',
      "INSERT INTO findings (inspection_id, item_id, unit_kind, unit_id, description, created_at, created_by) VALUES (?, '1.1.1', 'candidate', '1', '伪造', 'now', '张三')",
      /表 findings/,
    ],
  ])('%s is named by its table (on a copy of the laptop)', (_what, sql, named) => {
    const copy = world.temp.file(`copy-${String(++copies)}.sqlite`);
    field.db.exec(`VACUUM INTO '${copy}'`);
    const db = new Database(copy);
    db.prepare(sql).run(...Array<number>(sql.split('?').length - 1).fill(inspectionId));
    const result = verifyAuditLog(db);
    db.close();
    expect(result.ok).toBe(false);
    expect(result.firstProblem?.reason).toMatch(named);
  });
});

describe('property: any edit of a stored answers row is detected by audit verify', () => {
  it('random payloads, authors and times written with raw SQL on a copy of the laptop', () => {
    const started = performance.now();
    const found = new Violations();
    const base = world.temp.file('binding-base.sqlite');
    field.db.exec(`VACUUM INTO '${base}'`);
    const items = new Database(base)
      .prepare('SELECT item_id FROM answers WHERE inspection_id = ? ORDER BY item_id')
      .pluck()
      .all(inspectionId) as string[];
    let cases = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...items),
        fc.constantFrom('payload_json', 'updated_by', 'updated_at', 'item_id'),
        fc.oneof(fc.json(), fc.string({ minLength: 1, maxLength: 20 })),
        (itemId, column, value) => {
          const db = new Database(base);
          try {
            db.exec('BEGIN');
            const stored = db.prepare(`SELECT ${column} FROM answers WHERE inspection_id = ? AND item_id = ?`).pluck().get(inspectionId, itemId);
            const next = column === 'payload_json' ? (tryJson(value) ?? JSON.stringify(value)) : value;
            if (next === stored) return;
            try {
              db.prepare(`UPDATE answers SET ${column} = ? WHERE inspection_id = ? AND item_id = ?`).run(next, inspectionId, itemId);
            } catch {
              return; // refused by a CHECK or a key: not an edit
            }
            cases += 1;
            const result = verifyAuditLog(db);
            if (result.ok) found.add(`${itemId}.${column} = ${String(next).slice(0, 80)} went unnoticed`);
          } finally {
            db.exec('ROLLBACK');
            db.close();
          }
        },
      ),
      { numRuns: 1000, seed: 19_1 },
    );
    recordCheck({
      id: 'audit-state-binding',
      title: 'Audit binding: raw-SQL edits of stored answers rows caught by `audit verify` (state hash in the chain)',
      cases,
      failures: found.count,
      seconds: (performance.now() - started) / 1000,
      note: 'signed laptop inspection; payload, author, time or item of one answers row changed with raw SQL; plus the office refusing such a bundle (SYNC_AUDIT_STATE_MISMATCH) in test/integration/sync/audit-state-binding.test.ts',
      examples: found.examples,
    });
    expect(found.examples).toEqual([]);
    expect(cases).toBeGreaterThan(800);
  });
});

function tryJson(text: string): string | null {
  try {
    JSON.parse(text);
    return text;
  } catch {
    return null;
  }
}
