import { copyFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRandom } from '../../../db/demo/prng';
import { openDatabase } from '../../../db/open';
import { seedInspection } from '../../support/store-fixtures';
import { makeTempDir } from '../../support/temp';
import { countFromEnv, recordCheck, Violations } from '../support/record-check';
import { checkAcknowledged, checkIntegrity, checkNothingHalfSaved, parseAcks } from './check-store';
import { runAndKill } from './kill-child';

// ≥ 200 kills in CI (about a minute on two cores); CRASH_KILLS=2000 for a long run.
const KILLS = countFromEnv('CRASH_KILLS', 200);
// Two children at a time (two cores); each lane's database lives through this many crashes before a fresh copy,
// so the audit chain the checks re-verify stays short.
const LANES = 2;
const KILLS_PER_DATABASE = 25;
const CHILD = 'test/reliability/crash/autosave-child.ts';

const temp = makeTempDir('crash-autosave-');
const template = temp.file('template.sqlite');

beforeAll(() => {
  const { db } = openDatabase(template, { create: true });
  seedInspection(db);
  db.close();
});
afterAll(() => temp.cleanup());

/** Where to kill: mostly while saving, sometimes while the child is still opening the database. */
function killMoment(random: DemoRandom): { afterReady: number } | { fromSpawn: number } {
  return random.chance(0.2) ? { fromSpawn: random.int(0, 400) } : { afterReady: random.int(0, 80) };
}

async function lane(index: number, kills: number, violations: Violations, tally: { acked: number }): Promise<void> {
  const random = new DemoRandom(0x5eed + index);
  let file = '';
  for (let kill = 0; kill < kills; kill++) {
    if (kill % KILLS_PER_DATABASE === 0) {
      if (file) rmSync(file, { force: true });
      file = temp.file(`lane-${index}-${kill}.sqlite`);
      copyFileSync(template, file);
    }
    const run = await runAndKill(CHILD, [file, String(random.int(1, 2 ** 30))], killMoment(random));
    const where = `lane ${index}, kill ${kill}`;
    if (run.signal !== 'SIGKILL') violations.add(`${where}: child ended by itself (code ${run.exitCode}): ${run.stderr.slice(0, 300)}`);
    const acks = parseAcks(run.lines);
    tally.acked += acks.answers.length + acks.inspections.length;
    let problems: string[];
    try {
      // The app's own start path after a crash: quick_check, WAL recovery, pragmas asserted.
      const { db } = openDatabase(file, { create: true });
      try {
        problems = [...checkIntegrity(db), ...checkAcknowledged(db, acks.answers, acks.inspections), ...checkNothingHalfSaved(db)];
      } finally {
        db.close();
      }
    } catch (error) {
      problems = [`reopening failed: ${error instanceof Error ? error.message : String(error)}`];
    }
    for (const problem of problems) violations.add(`${where}: ${problem}`);
  }
}

describe('the crash checks can fail (so a green run means something)', () => {
  it('flag an answer written without its audit entry, a lost acknowledged write and a broken chain', () => {
    const file = temp.file('checks.sqlite');
    copyFileSync(template, file);
    const { db } = openDatabase(file, { create: true });
    try {
      db.prepare(`INSERT INTO answers (inspection_id, item_id, payload_json, updated_at, updated_by) VALUES (1, '9.9.9', '{}', 'x', 'x')`).run();
      expect(checkNothingHalfSaved(db)).toEqual([expect.stringContaining('1:9.9.9')]);
      expect(checkAcknowledged(db, [{ auditSeq: 99, inspectionId: 1, itemId: '1.1.1', sha256: '' }], [42])).toHaveLength(2);
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare(`UPDATE audit_log SET actor = '王某' WHERE seq = 1`).run();
      expect(checkIntegrity(db)).toEqual([expect.stringContaining('audit verify')]);
    } finally {
      db.close();
    }
  });
});

describe('crash safety: SIGKILL during autosave', () => {
  it(`${KILLS} kills at random moments: integrity ok, foreign keys ok, every acknowledged write present, nothing half-saved, audit chain intact`, async () => {
    const started = performance.now();
    const violations = new Violations();
    const tally = { acked: 0 };
    const share = Math.ceil(KILLS / LANES);
    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index, Math.min(share, KILLS - index * share), violations, tally)));
    recordCheck({
      id: 'crash-autosave',
      title: 'Crash safety: SIGKILL during autosave (saveAnswer + createInspection in a tsx child)',
      cases: KILLS,
      failures: violations.count,
      seconds: (performance.now() - started) / 1000,
      note: `${tally.acked} acknowledged writes checked after the kills; 20 % of kills land during start-up (open, WAL recovery, checks). CRASH_KILLS=n for more.`,
      examples: violations.examples,
    });
    expect(violations.examples).toEqual([]);
    expect(tally.acked).toBeGreaterThan(KILLS);
  }, 1_200_000);
});
