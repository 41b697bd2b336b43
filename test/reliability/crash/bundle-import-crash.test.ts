import { copyFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRandom } from '../../../db/demo/prng';
import { openDatabase } from '../../../db/open';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { prepareImportScenario, type ImportScenario } from '../../integration/sync/import-scenario';
import { PASSPHRASE } from '../../integration/sync/sync-fixtures';
import { countFromEnv, recordCheck, Violations } from '../support/record-check';
import { checkIntegrity } from './check-store';
import { runAndKill } from './kill-child';

// ≥ 200 kills in CI; CRASH_KILLS=2000 for a long run. Two children at a time (two cores).
const KILLS = countFromEnv('CRASH_KILLS', 200);
const LANES = 2;
const CHILD = 'test/reliability/crash/bundle-import-child.ts';
const ENV = { SKILL_INSPECTOR_OFFICE_PASSPHRASE: PASSPHRASE };

let world: ImportScenario['world'];
let template: string;
let bundlePath: string;
let beforeHash: string;
let afterHash: string;
/** How long one uninterrupted import takes after READY: kills are spread over that window (and a little past it). */
let importMs: number;

beforeAll(async () => {
  ({ world, template, bundlePath, beforeHash, afterHash } = await prepareImportScenario());
  // Calibrate in a child like the ones we kill (same start-up, same load).
  const calibration = world.temp.file('calibration.sqlite');
  copyFileSync(template, calibration);
  const started = { at: 0 };
  const run = await runAndKill(CHILD, [calibration, bundlePath], { afterReady: 60_000 }, ENV, () => (started.at = performance.now()));
  importMs = Math.max(20, performance.now() - started.at);
  if (!run.lines.includes('DONE')) throw new Error(`calibration import did not finish: ${run.stderr.slice(0, 500)}`);
}, 600_000);
afterAll(() => world?.close());

async function lane(index: number, kills: number, violations: Violations, outcome: { before: number; after: number }): Promise<void> {
  const random = new DemoRandom(0xb0d1e + index);
  for (let kill = 0; kill < kills; kill++) {
    const file = world.temp.file(`lane-${index}-${kill}.sqlite`);
    copyFileSync(template, file);
    const run = await runAndKill(CHILD, [file, bundlePath], { afterReady: random.int(0, Math.ceil(importMs * 1.1)) }, ENV);
    const where = `lane ${index}, kill ${kill}`;
    if (run.signal !== 'SIGKILL' && !run.lines.includes('DONE')) violations.add(`${where}: child failed by itself: ${run.stderr.slice(0, 300)}`);
    try {
      // The app's own start path after a crash: quick_check, WAL recovery, pragmas asserted.
      const { db } = openDatabase(file, { create: true });
      try {
        for (const problem of checkIntegrity(db)) violations.add(`${where}: ${problem}`);
        const hash = syncStateHash(db);
        if (hash === beforeHash) outcome.before += 1;
        else if (hash === afterHash) outcome.after += 1;
        else violations.add(`${where}: the database is neither in the before nor in the after state`);
      } finally {
        db.close();
      }
    } catch (error) {
      violations.add(`${where}: reopening failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  }
}

describe('crash safety: SIGKILL at random moments during bundle import', () => {
  it(`${KILLS} kills: integrity ok, foreign keys ok, audit chain intact, the office database is either before or after the import`, async () => {
    const started = performance.now();
    const violations = new Violations();
    const outcome = { before: 0, after: 0 };
    const share = Math.ceil(KILLS / LANES);
    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index, Math.min(share, KILLS - index * share), violations, outcome)));
    recordCheck({
      id: 'crash-bundle-import',
      title: 'Crash safety: SIGKILL during bundle import (office database, importBundle in a tsx child)',
      cases: KILLS,
      failures: violations.count,
      seconds: (performance.now() - started) / 1000,
      note: `Kills spread over one import (${Math.round(importMs)} ms after the child was ready, +10 %): ${outcome.before} ended before, ${outcome.after} after. CRASH_KILLS=n for more.`,
      examples: violations.examples,
    });
    expect(violations.examples).toEqual([]);
    // Both outcomes must occur, or the kills did not land inside the import.
    expect(outcome.before).toBeGreaterThan(0);
    expect(outcome.after).toBeGreaterThan(0);
  }, 1_800_000);
});
