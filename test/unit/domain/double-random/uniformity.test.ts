import { describe, expect, it } from 'vitest';
import { drawRound, type DirectoryBatch } from '../../../../shared/domain/double-random';
import { chiSquare, expert, experts, filing, fixedSeed, institutions, rules } from './fixtures';

// 20 categories (df = 19): the 0.001 critical value of chi-square is 43.82. The seeds are fixed, so these never flake;
// a biased pick (modulo bias, an off-by-one in the shuffle, a tier drawn in the wrong order) lands far above it.
const CRITICAL_DF19_P001 = 43.82;
const RUNS = 400;
const renewal = { renewalWindow: { from: '2026-01-01', to: '2026-12-31' } };

function counts(size: number, picks: (seed: string) => number[]): number[] {
  const tally = new Array<number>(size).fill(0);
  for (let i = 0; i < RUNS; i++) for (const index of picks(fixedSeed(i))) tally[index] = (tally[index] ?? 0) + 1;
  return tally;
}

describe('双随机 uniformity (chi-square, fixed seeds)', () => {
  it('spot checks pick each filing of a kind equally often', () => {
    // 20 enterprises (filingId 3, 6, … 60) and others that must not disturb them.
    const filings = institutions(Array.from({ length: 60 }, (_, i) => filing(i + 1)));
    const tally = counts(20, (seed) =>
      drawRound({
        seed,
        rules: rules({ spotCheckPercent: { enterprise: 10, college: 0, socialOrg: 0 } }),
        institutions: filings,
        experts: experts([]),
      }).selected.map((s) => s.filingId / 3 - 1),
    );
    expect(tally.reduce((a, b) => a + b, 0)).toBe(RUNS * 2);
    expect(chiSquare(tally)).toBeLessThan(CRITICAL_DF19_P001);
  });

  it('R-SM-05 process checks pick each batch of a kind equally often', () => {
    const batch = (batchId: number): DirectoryBatch => ({
      batchId,
      batchNo: `P${batchId}`,
      occupationCode: '4-10-01-02',
      level: 'level4',
      examDate: '2025-05-01',
    });
    const filings = institutions([2, 5, 8, 11].map((n) => filing(n, { batches: [0, 1, 2, 3, 4].map((b) => batch(n * 10 + b)) })));
    const order = filings.filings.flatMap((f) => f.batches.map((b) => b.batchId));
    const tally = counts(20, (seed) =>
      drawRound({
        seed,
        rules: rules({ processCheck: { year: 2025, batchPercent: { enterprise: 10, college: 0, socialOrg: 50 } } }),
        institutions: filings,
        experts: experts([]),
      }).selected.flatMap((s) => s.batches.map((b) => order.indexOf(b.batchId))),
    );
    expect(tally.reduce((a, b) => a + b, 0)).toBe(RUNS * 10);
    expect(chiSquare(tally)).toBeLessThan(CRITICAL_DF19_P001);
  });

  it('the leader is drawn uniformly among the eligible experts, never among the excluded', () => {
    const target = filing(1, { validTo: '2026-04-01', region: '济南' });
    // 20 eligible leaders, plus 5 who share the institution's region (excluded) and 5 members only.
    const pool = experts([
      ...Array.from({ length: 20 }, (_, i) => expert(i + 1, { region: '青岛', roles: ['lead'] })),
      ...Array.from({ length: 5 }, (_, i) => expert(i + 21, { region: '济南', roles: ['lead'] })),
      ...Array.from({ length: 5 }, (_, i) => expert(i + 26, { region: '青岛', roles: ['member'] })),
    ]);
    const tally = counts(20, (seed) => {
      const panel = drawRound({
        seed,
        rules: rules({ ...renewal, panel: { members: 0, avoidSameRegion: true } }),
        institutions: institutions([target]),
        experts: pool,
      }).panels[0];
      const code = panel?.seats[0]?.code ?? '';
      const n = Number(code.slice(1));
      expect(n).toBeLessThanOrEqual(20);
      return [n - 1];
    });
    expect(chiSquare(tally)).toBeLessThan(CRITICAL_DF19_P001);
  });

  it('members are drawn uniformly without replacement among the eligible experts', () => {
    const target = filing(1, { validTo: '2026-04-01' });
    const pool = experts([
      expert(100, { roles: ['lead'] }),
      ...Array.from({ length: 20 }, (_, i) => expert(i + 1, { roles: ['member'] })),
      ...Array.from({ length: 4 }, (_, i) => expert(i + 21, { roles: ['member'], employerUscc: target.uscc })),
    ]);
    const tally = counts(20, (seed) => {
      const seats =
        drawRound({ seed, rules: rules({ ...renewal, panel: { members: 3 } }), institutions: institutions([target]), experts: pool }).panels[0]
          ?.seats ?? [];
      expect(seats.map((s) => s.code)[0]).toBe('E0100');
      return seats.slice(1).map((s) => Number(s.code.slice(1)) - 1);
    });
    expect(tally.reduce((a, b) => a + b, 0)).toBe(RUNS * 3);
    expect(chiSquare(tally)).toBeLessThan(CRITICAL_DF19_P001);
  });

  it('specialists are drawn uniformly among themselves when the round prefers them', () => {
    const target = filing(1, { validTo: '2026-04-01', occupationCodes: ['4-10-01-05'] });
    const pool = experts([
      ...Array.from({ length: 20 }, (_, i) => expert(i + 1, { specialties: ['4-10-01-05'], roles: ['lead'] })),
      ...Array.from({ length: 10 }, (_, i) => expert(i + 21, { specialties: ['4-03-02-01'], roles: ['lead'] })),
    ]);
    const tally = counts(20, (seed) => {
      const seat = drawRound({
        seed,
        rules: rules({ ...renewal, panel: { members: 0, preferSpecialists: true } }),
        institutions: institutions([target]),
        experts: pool,
      }).panels[0]?.seats[0];
      expect(seat?.specialist).toBe(true);
      return [Number(seat?.code.slice(1)) - 1];
    });
    expect(chiSquare(tally)).toBeLessThan(CRITICAL_DF19_P001);
  });
});
