import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { dumpDatabase } from '../../support/dump';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, type Office } from './sync-fixtures';

// 10,000 flips take ≈ 15 s here (the GCM tag stops each one); QUICK_FUZZ=1 runs 2,000.
const RUNS = process.env['QUICK_FUZZ'] === '1' ? 2_000 : 10_000;

let world: ReturnType<typeof makeWorld>;
let office: Office;
let bundle: Buffer;

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  const filings = filingsOfYear(office.db, 2020);
  const field = world.field(office, 'laptop-01', '张三', filings.slice(0, 1));
  await inspect(field, filings[0] as number);
  bundle = exportBundle(world, field, 'b1.skb');
}, 120_000);
afterAll(() => world.close());

describe('single-byte flips', () => {
  it(`every one of ${RUNS} flipped bytes is rejected and the database stays byte-for-byte the same`, () => {
    const before = dumpDatabase(office.db);
    const changes = () => (office.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const startChanges = changes();
    fc.assert(
      fc.property(fc.nat({ max: bundle.length - 1 }), fc.integer({ min: 1, max: 255 }), (offset, mask) => {
        const copy = Buffer.from(bundle);
        copy[offset] = (copy[offset] ?? 0) ^ mask;
        let code = '';
        try {
          importBundle(office.db, copy, office.keys, NOW);
        } catch (error) {
          code = (error as { code?: string }).code ?? '';
        }
        expect(code).toMatch(/^SYNC_/);
        expect(changes()).toBe(startChanges);
      }),
      { numRuns: RUNS },
    );
    expect(dumpDatabase(office.db)).toBe(before);
  }, 300_000);
});
