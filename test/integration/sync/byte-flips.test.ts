import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgres } from '../../../db/engine';
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
    // SQLite counts every row any statement changed, even in a transaction rolled back later; PostgreSQL has no
    // such per-connection counter (its statistics are flushed late), so there the dump below is the proof.
    const changes = () => (isPostgres(office.db) ? 0 : (office.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n);
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
      { numRuns: RUNS, seed: 20231121 },
    );
    expect(dumpDatabase(office.db)).toBe(before);
  }, 300_000);

  it('every re-encoding of the tag that decodes to the same bytes (padding bits flipped) is rejected', () => {
    // The header's tag is 16 bytes = 22 base64 characters + "=="; the 22nd character carries 4 unused bits.
    const text = bundle.toString('latin1');
    const tagAt = text.indexOf('"tag":"') + '"tag":"'.length;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = alphabet.indexOf(text[tagAt + 21] ?? '');
    expect(last).toBeGreaterThanOrEqual(0);
    for (let padding = 1; padding < 16; padding++) {
      const copy = Buffer.from(bundle);
      copy[tagAt + 21] = alphabet.charCodeAt(last ^ padding);
      expect(() => importBundle(office.db, copy, office.keys, NOW)).toThrow(expect.objectContaining({ code: 'SYNC_HEADER_INVALID' }));
    }
  });
});
