import fc from 'fast-check';
import type { Database } from '../../../db/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../db/audit-verify';
import { openDatabase } from '../../../db/open';
import { saveAnswer } from '../../../db/repositories/answers';
import { runCliCaptured } from '../../support/cli';
import { seedInspection } from '../../support/store-fixtures';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
let db: Database;
let file: string;
beforeEach(() => {
  temp = makeTempDir();
  file = temp.file('app.sqlite');
  db = openDatabase(file, { create: true }).db;
});
afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

/** Five audited changes: the inspection and four answer saves. */
function writeHistory(): void {
  const { inspectionId } = seedInspection(db);
  for (const [index, itemId] of ['1.1.1', '1.2.1', '1.1.1', '1.3.1'].entries()) {
    saveAnswer(db, { inspectionId, itemId, answer: { deductions: {}, note: `第${index}次` }, actor: '李评估' });
  }
}

/** What a tamperer with a SQLite editor does: drop the append-only triggers, then edit. */
function tamper(sql: string, ...params: unknown[]): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  db.prepare(sql).run(...params);
}

describe('audit log hash chain', () => {
  it('an untouched log verifies, with one entry per change', () => {
    writeHistory();
    expect(verifyAuditLog(db)).toMatchObject({ ok: true, entries: 5, firstProblem: null });
  });

  it('detects an edited entry and names it', () => {
    writeHistory();
    tamper(`UPDATE audit_log SET new_json = '{"deductions":{},"note":"改过"}' WHERE seq = 3`);
    expect(verifyAuditLog(db).firstProblem).toMatchObject({ seq: 3, reason: expect.stringContaining('被修改') });
  });

  it('detects an edited actor or time stamp', () => {
    writeHistory();
    tamper(`UPDATE audit_log SET actor = '王某' WHERE seq = 2`);
    expect(verifyAuditLog(db).firstProblem?.seq).toBe(2);
  });

  it('detects a deleted entry in the middle', () => {
    writeHistory();
    tamper('DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAuditLog(db).firstProblem).toMatchObject({ seq: 3, position: 2 });
  });

  it('detects a deleted last entry against the recorded head', () => {
    writeHistory();
    tamper('DELETE FROM audit_log WHERE seq = 5');
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, firstProblem: { seq: 5 } });
  });

  it('detects two entries swapped (reordering)', () => {
    writeHistory();
    tamper('UPDATE audit_log SET seq = -2 WHERE seq = 2');
    tamper('UPDATE audit_log SET seq = 2 WHERE seq = 3');
    tamper('UPDATE audit_log SET seq = 3 WHERE seq = -2');
    expect(verifyAuditLog(db).firstProblem?.seq).toBe(2);
  });

  it('detects an inserted entry, even one carrying a correct hash of its own content', () => {
    writeHistory();
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 2').get() as Record<string, unknown>;
    tamper('UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3');
    tamper(
      `INSERT INTO audit_log (seq, at, actor, inspection_id, entity, entity_id, item_id, action, old_json, new_json, reason, prev_hash, hash)
       VALUES (3, @at, '伪造', @inspection_id, @entity, @entity_id, @item_id, @action, @old_json, @new_json, @reason, @hash, @hash)`,
      row,
    );
    tamper('UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103');
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, firstProblem: { seq: 3 } });
  });

  it('any single-field edit of any entry is detected (property)', () => {
    writeHistory();
    db.exec('DROP TRIGGER audit_log_no_update;');
    const columns = ['at', 'actor', 'entity', 'entity_id', 'item_id', 'action', 'old_json', 'new_json', 'reason'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...columns), (seq, column) => {
        const savepoint = db.transaction(() => {
          const replacement = column === 'action' ? 'delete' : column.endsWith('_json') ? '{"x":1}' : '篡改';
          db.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(replacement, seq);
          const result = verifyAuditLog(db);
          const detected = !result.ok && result.firstProblem?.seq === seq;
          throw Object.assign(new Error('rollback'), { detected });
        });
        try {
          savepoint();
        } catch (error) {
          return (error as { detected?: boolean }).detected === true;
        }
        return false;
      }),
      { numRuns: 40 },
    );
  });

  it('CLI audit verify exits 0 on a sound log and 1 on a tampered one', async () => {
    writeHistory();
    db.close();
    const sound = await runCliCaptured(['audit', 'verify', '--db', file, '--json']);
    expect(sound.code).toBe(0);
    expect(JSON.parse(sound.stdout)).toMatchObject({ ok: true, entries: 5 });
    db = openDatabase(file, { create: true }).db;
    tamper(`UPDATE audit_log SET reason = '事后补写' WHERE seq = 4`);
    db.close();
    const broken = await runCliCaptured(['audit', 'verify', '--db', file]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('#4');
  });
});
