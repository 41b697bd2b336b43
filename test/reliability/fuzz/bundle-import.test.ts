import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { isAppError } from '../../../shared/errors';
import { dumpDatabase } from '../../support/dump';
import { innerFiles, resealFiles } from '../../integration/sync/bundle-tamper';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, type Office } from '../../integration/sync/sync-fixtures';
import { countFromEnv, recordCheck, Violations } from '../support/record-check';
import { hostileValue, mutationsOf, seedFor } from './hostile-values';

// 12,000 generated so that ≥ 10,000 remain after skipping the no-op forgeries (about 16 %).
// The forger's strongest position: the office's certificate is public, so a forged bundle can be sealed (encrypted)
// for the office perfectly; only the device's signature over the manifest can stop it. Outer byte flips, which the
// encryption tag stops first, are covered by test/integration/sync/byte-flips.test.ts.
const RUNS = countFromEnv('BUNDLE_FUZZ_RUNS', 12_000, 60_000);
const CJK = /[\u4e00-\u9fff]/;

let world: ReturnType<typeof makeWorld>;
let office: Office;
let bundle: Buffer;
let files: Map<string, Buffer>;

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  const filings = filingsOfYear(office.db, 2020);
  const field = world.field(office, 'laptop-01', '张三', filings.slice(0, 2));
  for (const filing of filings.slice(0, 2)) await inspect(field, filing);
  bundle = exportBundle(world, field, 'b1.skb');
  files = innerFiles(office, bundle);
}, 300_000);
afterAll(() => world.close());

interface Forgery {
  entry: number;
  how: 'json' | 'bytes' | 'drop' | 'add' | 'truncate';
  json: unknown;
  offset: number;
  mask: number;
}

/** The inner files re-sealed after one change: a JSON field mutated, bytes flipped, an entry dropped, added or cut. */
function forge(change: Forgery, json: (valid: unknown) => unknown): Map<string, Uint8Array> | null {
  const names = [...files.keys()].sort();
  const name = names[change.entry % names.length] ?? '';
  const original = files.get(name) ?? Buffer.alloc(0);
  const out = new Map<string, Uint8Array>(files);
  if (change.how === 'drop') out.delete(name);
  else if (change.how === 'add') out.set(`inspections/${9000 + (change.offset % 1000)}.json`, Buffer.from(JSON.stringify(change.json) ?? 'null'));
  else if (change.how === 'truncate') out.set(name, original.subarray(0, change.offset % Math.max(1, original.length)));
  else if (change.how === 'bytes') {
    const copy = Buffer.from(original);
    if (copy.length === 0) return null;
    const at = change.offset % copy.length;
    copy[at] = (copy[at] ?? 0) ^ change.mask;
    out.set(name, copy);
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(original.toString('utf8'));
    } catch {
      return null;
    }
    out.set(name, Buffer.from(JSON.stringify(json(parsed)) ?? 'null'));
  }
  const same = out.size === files.size && [...out].every(([key, value]) => files.get(key)?.equals(value));
  return same ? null : out;
}

describe('fuzzing the bundle importer with forged contents sealed for the office', () => {
  it(`${RUNS} forged bundles: every one refused with a SYNC_ code and a Chinese message, the database unchanged`, async () => {
    const started = performance.now();
    const found = new Violations();
    const before = dumpDatabase(office.db);
    const changes = () => (office.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const startChanges = changes();
    const codes = new Map<string, number>();
    let cases = 0;
    const forgery = fc.record({
      entry: fc.nat(),
      how: fc.constantFrom('json', 'json', 'json', 'bytes', 'drop', 'add', 'truncate'),
      json: hostileValue,
      offset: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    });
    // JSON mutations reuse the IPC fuzzer's mutator, seeded per case from the same stream.
    await fc.assert(
      fc.asyncProperty(forgery, fc.integer(), async (change, mutationSeed) => {
        const forged = forge(change as Forgery, (valid) => fc.sample(mutationsOf(valid), { numRuns: 1, seed: mutationSeed })[0]);
        if (!forged) return;
        cases += 1;
        const bytes = resealFiles(office, bundle, forged);
        try {
          const report = importBundle(office.db, bytes, office.keys, new Date(NOW));
          found.add(`${(change as Forgery).how} on entry ${(change as Forgery).entry}: ACCEPTED (${report.status})`);
        } catch (error) {
          const code = isAppError(error) ? error.code : 'not an AppError';
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (!isAppError(error) || !/^SYNC_/.test(error.code) || !CJK.test(error.message)) {
            found.add(`${(change as Forgery).how}: ${code}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (changes() !== startChanges) found.add(`${(change as Forgery).how}: the database changed`);
      }),
      { numRuns: RUNS, seed: seedFor('bundle-forgery') },
    );
    if (dumpDatabase(office.db) !== before) found.add('content of the office database changed over the run');
    const byCode = [...codes]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    recordCheck({
      id: 'fuzz-bundle',
      title: 'Fuzzing: result-bundle importer (forged contents, validly sealed for the office)',
      cases,
      failures: found.count,
      seconds: (performance.now() - started) / 1000,
      note: `manifest, inspections, audit segment and files: JSON fields mutated, bytes flipped, entries dropped/added/truncated, re-sealed; ${RUNS - cases} generated no-ops skipped. Refusals: ${byCode}. Outer byte flips: 10,000 in test/integration/sync/byte-flips.test.ts.`,
      examples: found.examples,
    });
    expect(found.examples).toEqual([]);
  }, 1_200_000);
});
