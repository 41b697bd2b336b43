import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { openOfficeRound } from '../../../electron/services/rounds/office-rounds';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { listConflicts, listReview } from '../../../electron/services/sync/review/review-list';
import { backupDatabase } from './backup-copy';
import { assessmentIn, carriedRound, deviceRound, withRoundEntries } from './round-bundles';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, PASSPHRASE, type Office } from './sync-fixtures';

let world: ReturnType<typeof makeWorld>;
let office: Office;
let template: string;
let filing: number;
const ROUND_C = 'c'.repeat(32);
/**
 * Bundles about one filing: laptop-a's round A (sequence 1) and then, cumulatively, rounds A and B (sequence 2);
 * laptop-c in round C (a round it opened itself); laptop-d also in round C (the same round's assessment: a conflict).
 */
const bundles: Buffer[] = [];
const LAPTOP_D = 3;

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  [filing] = filingsOfYear(office.db, 2020) as [number];
  const roundA = openOfficeRound(office.db, { name: '2025年度延续备案评估', year: 2025, now: NOW });
  const roundB = openOfficeRound(office.db, { name: '2026年度延续备案评估', year: 2026, now: NOW });
  const held = [carriedRound(office, roundA.uid), carriedRound(office, roundB.uid)];

  const a = world.field(office, 'laptop-a', '核查员甲', [filing]);
  const first = await inspect(a, filing, { date: '2025-09-05' });
  bundles.push(withRoundEntries(office, a, exportBundle(world, a, 'a1.skb'), 1, [held[0]!], [assessmentIn(first, roundA.uid)]));
  const second = await inspect(a, filing, { date: '2026-09-05' });
  bundles.push(
    withRoundEntries(office, a, exportBundle(world, a, 'a2.skb'), 2, held, [assessmentIn(first, roundA.uid), assessmentIn(second, roundB.uid)]),
  );
  for (const key of ['laptop-c', 'laptop-d']) {
    const field = world.field(office, key, `核查员${key}`, [filing]);
    const id = await inspect(field, filing, { date: '2026-10-05' });
    bundles.push(
      withRoundEntries(
        office,
        field,
        exportBundle(world, field, `${key}.skb`),
        1,
        [deviceRound(ROUND_C, '本机评估', 'laptop-c')],
        [assessmentIn(id, ROUND_C)],
      ),
    );
  }
  template = world.temp.file('template.sqlite');
  backupDatabase(office.db, template);
}, 300_000);
afterAll(() => world.close());

function freshOffice(name: string) {
  const path = world.temp.file(name);
  backupDatabase(office.db, path, template);
  const { db } = openDatabase(path, { create: true });
  return { db, keys: unlockOffice(db, PASSPHRASE) };
}

describe('rounds at the office', () => {
  it('several rounds of one filing, in any order, give the same state hash; only the same round conflicts', () => {
    let run = 0;
    const hashes = new Map<string, string>();
    fc.assert(
      fc.property(
        fc
          .subarray([...bundles.keys()], { minLength: 1 })
          .chain((set) => fc.tuple(fc.constant(set), fc.shuffledSubarray(set, { minLength: set.length, maxLength: set.length }))),
        ([set, order]) => {
          const key = [...set].sort().join(',');
          const target = freshOffice(`rounds-${run++}.sqlite`);
          try {
            for (const index of order) importBundle(target.db, bundles[index] as Buffer, target.keys, NOW);
            const hash = syncStateHash(target.db);
            if (!hashes.has(key)) hashes.set(key, hash);
            expect(hash).toBe(hashes.get(key));
            const sameRoundTwice = set.includes(2) && set.includes(LAPTOP_D);
            const conflicts = listConflicts(target.db);
            expect(conflicts.map((c) => c.conflictKey)).toEqual(sameRoundTwice ? [`round:${ROUND_C}:${filing}`] : []);
          } finally {
            target.db.close();
          }
        },
      ),
      { numRuns: 14 },
    );
  }, 300_000);

  it('review items name their round; a round a laptop opened is stored as received', () => {
    const target = freshOffice('review.sqlite');
    try {
      for (const bundle of bundles) importBundle(target.db, bundle, target.keys, NOW);
      const items = listReview(target.db);
      expect(items.map((i) => i.round?.name).sort()).toEqual(['2025年度延续备案评估', '2026年度延续备案评估', '本机评估', '本机评估']);
      expect(items.every((i) => i.purpose === 'assessment' && i.scope === null && i.rectificationUid === null)).toBe(true);
      const received = target.db.prepare('SELECT origin FROM assessment_rounds WHERE uid = ?').get(ROUND_C) as { origin: string };
      expect(received.origin).toBe('received');
    } finally {
      target.db.close();
    }
  });
});
