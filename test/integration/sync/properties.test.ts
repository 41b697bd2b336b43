import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { listConflicts } from '../../../electron/services/sync/review/review-list';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { backupDatabase } from './backup-copy';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, PASSPHRASE, type Office } from './sync-fixtures';

let world: ReturnType<typeof makeWorld>;
let office: Office;
let template: string;
/** Bundles of 5 devices; device 0 also has an older bundle (sequence 1) that its later one contains. */
const bundles: Buffer[] = [];

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  const filings = filingsOfYear(office.db, 2020);
  for (let device = 0; device < 5; device += 1) {
    // Devices 0 and 1 both assess filing 0: a conflict to keep, never overwrite.
    const mine = device === 0 ? [filings[0] as number, filings[7] as number] : device === 1 ? [filings[0] as number] : [filings[device] as number];
    const field = world.field(office, `laptop-${device}`, `核查员${device}`, mine);
    await inspect(field, mine[0] as number);
    if (device === 0) {
      bundles.push(exportBundle(world, field, `d0-1.skb`));
      await inspect(field, filings[7] as number);
    }
    bundles.push(exportBundle(world, field, `d${device}.skb`));
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

describe('import properties', () => {
  it('importing any bundle twice equals importing it once', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bundles.length - 1 }), (index) => {
        const target = freshOffice(`twice-${run++}.sqlite`);
        try {
          importBundle(target.db, bundles[index] as Buffer, target.keys, NOW);
          const once = syncStateHash(target.db);
          expect(importBundle(target.db, bundles[index] as Buffer, target.keys, NOW).status).toBe('alreadyImported');
          expect(syncStateHash(target.db)).toBe(once);
        } finally {
          target.db.close();
        }
      }),
      { numRuns: 6 },
    );
  });

  it('any order of 2–5 devices’ bundles gives the same state hash; the shared filing is a conflict', () => {
    let run = 0;
    const hashes = new Map<string, string>();
    fc.assert(
      fc.property(
        fc
          .subarray([...bundles.keys()], { minLength: 2 })
          .chain((set) => fc.tuple(fc.constant(set), fc.shuffledSubarray(set, { minLength: set.length, maxLength: set.length }))),
        ([set, order]) => {
          const key = [...set].sort().join(',');
          const target = freshOffice(`order-${run++}.sqlite`);
          try {
            for (const index of order) importBundle(target.db, bundles[index] as Buffer, target.keys, NOW);
            const hash = syncStateHash(target.db);
            if (!hashes.has(key)) hashes.set(key, hash);
            expect(hash).toBe(hashes.get(key));
            const bothSidesOfTheConflict = set.includes(2) && (set.includes(0) || set.includes(1));
            expect(listConflicts(target.db).length).toBe(bothSidesOfTheConflict ? 1 : 0);
          } finally {
            target.db.close();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);

  it('two devices’ versions of one assessment are both kept as a conflict', () => {
    const target = freshOffice('conflict.sqlite');
    try {
      importBundle(target.db, bundles[1] as Buffer, target.keys, NOW);
      const report = importBundle(target.db, bundles[2] as Buffer, target.keys, NOW);
      expect(report.conflicts).toHaveLength(1);
      const [conflict] = listConflicts(target.db);
      expect(conflict?.versions.map((v) => v.deviceKey).sort()).toEqual(['laptop-0', 'laptop-1']);
      expect(conflict?.resolved).toBe(false);
      // The older bundle of device 0 after its newer one: reported, nothing changes.
      const hash = syncStateHash(target.db);
      expect(importBundle(target.db, bundles[0] as Buffer, target.keys, NOW).status).toBe('stale');
      expect(syncStateHash(target.db)).toBe(hash);
    } finally {
      target.db.close();
    }
  });
});
