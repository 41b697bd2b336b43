import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { saveAnswer } from '../../../db/repositories/answers';
import { runCliCaptured } from '../../support/cli';
import { seedInspection } from '../../support/store-fixtures';
import { makeTempDir } from '../../support/temp';
import { countFromEnv, recordCheck, Violations } from '../support/record-check';
import { seedFor } from '../fuzz/hostile-values';
import { applyTamper, logText, tamper } from './tamper';

// 10,100 generated so that ≥ 10,000 real changes remain after dropping the ones that cancel out.
// Each case copies the database, tampers with it and runs the real CLI on the file: ≈ 5 ms a case.
const RUNS = countFromEnv('AUDIT_TAMPER_RUNS', 10_100, 50_000);

const temp = makeTempDir('audit-tamper-');
const base = temp.file('base.sqlite');

beforeAll(() => {
  const { db } = openDatabase(base, { create: true });
  const { inspectionId } = seedInspection(db);
  for (let n = 0; n < 30; n++) {
    saveAnswer(db, {
      inspectionId,
      itemId: `1.${(n % 5) + 1}.1`,
      answer: { deductions: { d1: n % 3 }, note: `第${n}次` },
      actor: n % 2 ? '李评估' : '王评估',
      reason: n % 4 ? null : '更正',
    });
  }
  db.close();
});
afterAll(() => temp.cleanup());

describe('audit verify against an attacker with a SQLite editor', () => {
  it('the untouched log verifies (exit 0)', async () => {
    expect((await runCliCaptured(['audit', 'verify', '--db', base])).code).toBe(0);
  });

  it(`${RUNS} random edits, deletions, reorderings and insertions (1–3 at once): every one detected (exit 1)`, async () => {
    const started = performance.now();
    const found = new Violations();
    let cases = 0;
    let noOps = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tamper, { minLength: 1, maxLength: 3 }), async (changes) => {
        const file = temp.file('case.sqlite');
        copyFileSync(base, file);
        const db = new Database(file);
        const before = logText(db);
        db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
        for (const change of changes) applyTamper(db, change);
        const changed = logText(db) !== before;
        db.close();
        if (!changed) {
          noOps += 1;
          return;
        }
        cases += 1;
        const result = await runCliCaptured(['audit', 'verify', '--db', file, '--json']);
        if (result.code !== 1 || !result.stdout.includes('"ok": false'))
          found.add(`${JSON.stringify(changes)} → exit ${result.code}: ${result.stdout.slice(0, 200)}`);
      }),
      { numRuns: RUNS, seed: seedFor('audit-tamper') },
    );
    recordCheck({
      id: 'audit-tamper',
      title: 'Audit log: `skill-inspector audit verify` after random tampering',
      cases,
      failures: found.count,
      seconds: (performance.now() - started) / 1000,
      note: `31-entry log; 1–3 raw-SQL edits (any column, half of them with the row's own hash recomputed), deletions, swaps of two rows and forged insertions (half re-hashed and chained to the previous row), triggers dropped first; ${noOps} generated changes that cancelled out were not counted. Not covered by design: rewriting the whole chain and app_meta.audit_head together (see the threat model).`,
      examples: found.examples,
    });
    expect(found.examples).toEqual([]);
  });
});
