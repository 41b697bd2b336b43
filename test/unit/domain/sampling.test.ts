import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draw, type DrawRecord, type PopulationBatch } from '../../../shared/domain/sampling';
import { allocateQuotas } from '../../../shared/domain/sampling/candidate-quotas';
import { batch, fixedSeed, hasStrictTriple, population, populationArb, seedArb } from './population-fixtures';

const SEED = fixedSeed(1);
const codes = (record: DrawRecord) => record.notes.map((n) => n.code);
const ids = (record: DrawRecord) => record.batches.map((b) => b.batchId);

function pairwiseDifferent(record: DrawRecord, key: 'occupationCode' | 'level', count = 3): boolean {
  return new Set(record.batches.slice(0, count).map((b) => b[key])).size === Math.min(count, record.batches.length);
}

const varied = population([
  batch('B1', '4-10-01-02', 'level4', 12),
  batch('B2', '4-10-01-02', 'level5', 9),
  batch('B3', '4-10-01-05', 'level3', 6),
  batch('B4', '4-03-02-01', 'level4', 30),
  batch('B5', '4-10-03-01', 'level5', 4),
  batch('B6', '4-03-02-01', 'level3', 7),
]);

describe('R-SM-01 three batches of different occupations and levels, at least 20 candidates', () => {
  it('R-SM-01 three batches differ pairwise in occupation and level', () => {
    for (let i = 0; i < 200; i++) {
      const record = draw(varied, 'R-SM-01', fixedSeed(i));
      expect(record.diversity).toBe('occupationAndLevel');
      expect(pairwiseDifferent(record, 'occupationCode')).toBe(true);
      expect(pairwiseDifferent(record, 'level')).toBe(true);
      expect(codes(record).filter((c) => c.startsWith('RELAXED'))).toEqual([]);
    }
  });

  it('R-SM-01 finds a valid triple whenever one exists (no greedy trap)', () => {
    // Taking B-trap first would block: only {T1, T2, T3} is valid.
    const trap = population([
      batch('T1', '4-10-01-02', 'level5', 10),
      batch('T2', '4-10-01-05', 'level4', 10),
      batch('T3', '4-03-02-01', 'level3', 10),
      batch('trap', '4-10-01-02', 'level4', 10),
    ]);
    for (let i = 0; i < 100; i++) {
      const record = draw(trap, 'R-SM-01', fixedSeed(i));
      expect(ids(record).slice(0, 3).sort()).toEqual(['T1', 'T2', 'T3']);
    }
  });

  it('R-SM-01 property: distinct occupations and levels whenever the population allows it', () => {
    fc.assert(
      fc.property(populationArb, seedArb, (pop, seed) => {
        const record = draw(pop, 'R-SM-01', seed);
        const eligible = pop.batches.filter((b) => b.candidateIds.length > 0);
        const pool = eligible.length > 0 ? eligible : pop.batches;
        if (hasStrictTriple(pool)) {
          expect(record.diversity).toBe('occupationAndLevel');
          expect(pairwiseDifferent(record, 'occupationCode')).toBe(true);
          expect(pairwiseDifferent(record, 'level')).toBe(true);
        } else if (pool.length >= 3) {
          expect(record.diversity).not.toBe('occupationAndLevel');
          expect(codes(record)).toContain('RELAXED_SAME_LEVEL');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('R-SM-01 spreads 20 candidates as evenly as batch sizes allow', () => {
    const even = population([batch('A', '4-10-01-02', 'level5', 30), batch('B', '4-10-01-05', 'level4', 30), batch('C', '4-03-02-01', 'level3', 30)]);
    const record = draw(even, 'R-SM-01', SEED);
    expect(record.batches.map((b) => b.candidateIds.length)).toEqual([7, 7, 6]);
    expect(record.candidateTotal).toBe(20);

    const uneven = population([
      batch('A', '4-10-01-02', 'level5', 3),
      batch('B', '4-10-01-05', 'level4', 30),
      batch('C', '4-03-02-01', 'level3', 30),
    ]);
    const sizes = Object.fromEntries(draw(uneven, 'R-SM-01', SEED).batches.map((b) => [b.batchId, b.candidateIds.length]));
    expect(sizes.A).toBe(3);
    expect((sizes.B ?? 0) + (sizes.C ?? 0)).toBe(17);
    expect(Math.abs((sizes.B ?? 0) - (sizes.C ?? 0))).toBeLessThanOrEqual(1);
  });

  it('R-SM-01 property: quotas total min(20, all), fit each batch and differ by at most one where there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 8 }), (sizes) => {
        const quotas = allocateQuotas(sizes, 20);
        const total = sizes.reduce((a, b) => a + b, 0);
        expect(quotas.reduce((a, b) => a + b, 0)).toBe(Math.min(20, total));
        quotas.forEach((q, i) => expect(q).toBeLessThanOrEqual(sizes[i] ?? 0));
        const open = quotas.filter((q, i) => q < (sizes[i] ?? 0));
        // A batch with room left never has more than one less than any other batch.
        if (open.length > 0) expect(Math.max(...quotas) - Math.min(...open)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('R-SM-01 drawn candidates belong to their batch, are distinct and sorted', () => {
    const record = draw(varied, 'R-SM-01', SEED);
    for (const drawn of record.batches) {
      const source = varied.batches.find((b) => b.id === drawn.batchId) as PopulationBatch;
      expect(new Set(drawn.candidateIds).size).toBe(drawn.candidateIds.length);
      for (const id of drawn.candidateIds) expect(source.candidateIds).toContain(id);
      expect([...drawn.candidateIds].sort()).toEqual(drawn.candidateIds);
    }
  });

  it('R-SM-01 adds batches by the same draw when three hold fewer than 20 candidates', () => {
    const small = population([
      batch('S1', '4-10-01-02', 'level5', 4),
      batch('S2', '4-10-01-05', 'level4', 4),
      batch('S3', '4-03-02-01', 'level3', 4),
      batch('S4', '4-10-03-01', 'level2', 5),
      batch('S5', '4-03-02-07', 'level1', 5),
      batch('S6', '4-03-02-07', 'level5', 9),
    ]);
    const record = draw(small, 'R-SM-01', SEED);
    expect(record.batches.length).toBeGreaterThan(3);
    expect(record.candidateTotal).toBe(20);
    expect(codes(record)).toContain('BATCHES_ADDED');
    // The first three alone are the diverse draw.
    expect(pairwiseDifferent(record, 'occupationCode')).toBe(true);
  });

  it('R-SM-01 takes everyone and records the shortfall when the population holds fewer than 20', () => {
    const tiny = population([
      batch('A', '4-10-01-02', 'level5', 3),
      batch('B', '4-10-01-05', 'level4', 2),
      batch('C', '4-03-02-01', 'level3', 4),
      batch('D', '4-10-03-01', 'level2', 1),
    ]);
    const record = draw(tiny, 'R-SM-01', SEED);
    expect(record.candidateTotal).toBe(10);
    expect(ids(record).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(codes(record)).toEqual(expect.arrayContaining(['BATCHES_ADDED', 'CANDIDATE_SHORTFALL']));
    expect(record.notes.find((n) => n.code === 'CANDIDATE_SHORTFALL')?.message).toContain('10人');
  });

  it('R-SM-01 relaxes step by step and records each relaxation', () => {
    const oneOccupation = population([
      batch('A', '4-10-01-02', 'level5', 9),
      batch('B', '4-10-01-02', 'level4', 9),
      batch('C', '4-10-01-02', 'level3', 9),
    ]);
    const byLevel = draw(oneOccupation, 'R-SM-01', SEED);
    expect(byLevel.diversity).toBe('level');
    expect(codes(byLevel).slice(0, 2)).toEqual(['RELAXED_SAME_LEVEL', 'RELAXED_SAME_OCCUPATION']);

    const oneLevel = population([
      batch('A', '4-10-01-02', 'level4', 9),
      batch('B', '4-10-01-05', 'level4', 9),
      batch('C', '4-03-02-01', 'level4', 9),
    ]);
    const byOccupation = draw(oneLevel, 'R-SM-01', SEED);
    expect(byOccupation.diversity).toBe('occupation');
    expect(codes(byOccupation)).toEqual(['RELAXED_SAME_LEVEL']);
    expect(byOccupation.notes[0]?.message).toContain('等级可以相同');

    const twoByTwo = population([
      batch('A', 'X1', 'level4', 9),
      batch('B', 'X1', 'level5', 9),
      batch('C', 'X2', 'level4', 9),
      batch('D', 'X2', 'level5', 9),
    ]);
    const byPair = draw(twoByTwo, 'R-SM-01', SEED);
    expect(byPair.diversity).toBe('pair');
    expect(codes(byPair)).toEqual(['RELAXED_SAME_LEVEL', 'RELAXED_SAME_OCCUPATION', 'RELAXED_DISTINCT_PAIR']);

    const clones = population([batch('A', 'X1', 'level4', 9), batch('B', 'X1', 'level4', 9), batch('C', 'X1', 'level4', 9)]);
    const anyBatches = draw(clones, 'R-SM-01', SEED);
    expect(anyBatches.diversity).toBe('any');
    expect(codes(anyBatches)).toContain('RELAXED_ANY_BATCH');
  });

  it('R-SM-01 leaves out batches without candidates and says so', () => {
    const withEmpty = population([...varied.batches, batch('E', '4-03-02-07', 'level1', 0)]);
    for (let i = 0; i < 50; i++) {
      const record = draw(withEmpty, 'R-SM-01', fixedSeed(i));
      expect(ids(record)).not.toContain('E');
      expect(codes(record)).toContain('EMPTY_BATCHES_EXCLUDED');
    }
  });
});

describe('R-SM-02 one year and three batches', () => {
  it('R-SM-02 draws one year among the exam years and three diverse batches without candidates', () => {
    const twoYears = population([...varied.batches, batch('Y', '4-03-02-07', 'level1', 5, '2024-04-20')]);
    const years = new Set<string | null>();
    for (let i = 0; i < 60; i++) {
      const record = draw(twoYears, 'R-SM-02', fixedSeed(i));
      years.add(record.year);
      expect(record.batches).toHaveLength(3);
      expect(pairwiseDifferent(record, 'occupationCode') && pairwiseDifferent(record, 'level')).toBe(true);
      expect(record.candidateTotal).toBe(0);
    }
    expect([...years].sort()).toEqual(['2023', '2024']);
  });
});

describe('R-SM-03 three occupations', () => {
  it('R-SM-03 draws three different occupations among those evaluated', () => {
    const record = draw(varied, 'R-SM-03', SEED);
    expect(record.occupations).toHaveLength(3);
    expect(new Set(record.occupations.map((o) => o.occupationCode)).size).toBe(3);
    expect(record.batches).toEqual([]);
  });

  it('R-SM-03 records a shortfall with fewer than three occupations', () => {
    const two = population([batch('A', '4-10-01-02', 'level5', 1), batch('B', '4-10-01-05', 'level5', 1), batch('C', '4-10-01-05', 'level4', 1)]);
    const record = draw(two, 'R-SM-03', SEED);
    expect(record.occupations.map((o) => o.occupationCode).sort()).toEqual(['4-10-01-02', '4-10-01-05']);
    expect(record.occupations.find((o) => o.occupationCode === '4-10-01-05')?.batchCount).toBe(2);
    expect(codes(record)).toEqual(['OCCUPATION_SHORTFALL']);
  });
});

describe('R-SM-04 three batches for staffing', () => {
  it('R-SM-04 draws three different batches with no diversity requirement and no relaxation notes', () => {
    const clones = population([
      batch('A', 'X1', 'level4', 1),
      batch('B', 'X1', 'level4', 0),
      batch('C', 'X1', 'level4', 1),
      batch('D', 'X1', 'level4', 1),
    ]);
    const record = draw(clones, 'R-SM-04', SEED);
    expect(new Set(ids(record)).size).toBe(3);
    expect(record.notes).toEqual([]);
  });
});

describe('R-SM-05 percentage spot checks', () => {
  const sevenBatches = (kind: 'socialOrg' | 'enterprise' | 'college' | null) =>
    population(
      Array.from({ length: 7 }, (_, i) => batch(`B${i}`, '4-10-01-02', 'level5', 2)),
      kind,
    );

  it('R-SM-05 at least 50 % of batches for a social organisation, rounded up', () => {
    const record = draw(sevenBatches('socialOrg'), 'R-SM-05', SEED);
    expect(record.batches).toHaveLength(4);
    expect(record.yearQuotas).toEqual([{ year: '2023', batches: 7, percent: 50, drawn: 4 }]);
  });

  it('R-SM-05 at least 10 % of batches for an employer, rounded up', () => {
    expect(draw(sevenBatches('enterprise'), 'R-SM-05', SEED).batches).toHaveLength(1);
    const twenty = population(
      Array.from({ length: 20 }, (_, i) => batch(`B${i}`, 'X', 'level5', 1)),
      'enterprise',
    );
    expect(draw(twenty, 'R-SM-05', SEED).batches).toHaveLength(2);
    const twentyOne = population(
      Array.from({ length: 21 }, (_, i) => batch(`B${i}`, 'X', 'level5', 1)),
      'enterprise',
    );
    expect(draw(twentyOne, 'R-SM-05', SEED).batches).toHaveLength(3);
  });

  it('R-SM-05 applies the rate per exam year', () => {
    const pop = population(
      [
        ...Array.from({ length: 3 }, (_, i) => batch(`A${i}`, 'X', 'level5', 1, '2023-01-10')),
        ...Array.from({ length: 5 }, (_, i) => batch(`B${i}`, 'X', 'level5', 1, '2024-01-10')),
      ],
      'socialOrg',
    );
    const record = draw(pop, 'R-SM-05', SEED);
    expect(record.yearQuotas.map((q) => [q.year, q.drawn])).toEqual([
      ['2023', 2],
      ['2024', 3],
    ]);
    expect(record.batches.filter((b) => b.examDate.startsWith('2023'))).toHaveLength(2);
  });

  it('R-SM-05 without a rate in the notice (college, unknown kind) takes the stricter 50 % and says so', () => {
    for (const kind of ['college', null] as const) {
      const record = draw(sevenBatches(kind), 'R-SM-05', SEED);
      expect(record.batches).toHaveLength(4);
      expect(codes(record)).toEqual(['RATE_ASSUMED']);
    }
  });
});

describe('R-SM-06 small or degenerate populations never fail', () => {
  it('R-SM-06 an empty population gives an empty draw with the reason, for every rule', () => {
    for (const rule of ['R-SM-01', 'R-SM-02', 'R-SM-03', 'R-SM-04', 'R-SM-05']) {
      const record = draw(population([]), rule, SEED);
      expect(record.batches).toEqual([]);
      expect(codes(record)).toEqual(['EMPTY_POPULATION']);
    }
  });

  it('R-SM-06 a single batch is taken with the shortfall recorded', () => {
    const record = draw(population([batch('A', 'X', 'level5', 25)]), 'R-SM-01', SEED);
    expect(ids(record)).toEqual(['A']);
    expect(record.candidateTotal).toBe(20);
    expect(codes(record)).toEqual(['BATCH_SHORTFALL']);
  });

  it('R-SM-06 batches without any candidates: batches drawn, no candidates, reason given', () => {
    const record = draw(population([batch('A', 'X', 'level5', 0), batch('B', 'Y', 'level4', 0)]), 'R-SM-01', SEED);
    expect(ids(record).sort()).toEqual(['A', 'B']);
    expect(record.candidateTotal).toBe(0);
    expect(codes(record)).toEqual(['NO_CANDIDATES', 'BATCH_SHORTFALL']);
  });

  it('R-SM-06 property: never throws on arbitrary populations, for every rule', () => {
    fc.assert(
      fc.property(populationArb, seedArb, fc.constantFrom('R-SM-01', 'R-SM-02', 'R-SM-03', 'R-SM-04', 'R-SM-05'), (pop, seed, rule) => {
        const record = draw(pop, rule, seed);
        expect(record.batches.length).toBeLessThanOrEqual(pop.batches.length);
        for (const drawn of record.batches) {
          const sources = pop.batches.filter((b) => b.id === drawn.batchId);
          expect(sources.some((b) => drawn.candidateIds.every((id) => b.candidateIds.includes(id)))).toBe(true);
        }
        if (pop.batches.length === 0) expect(record.notes.map((n) => n.code)).toEqual(['EMPTY_POPULATION']);
      }),
      { numRuns: 400 },
    );
  });

  it('R-SM-06 rejects a malformed seed or an unknown rule with a Chinese message', () => {
    expect(() => draw(varied, 'R-SM-01', 'xyz')).toThrow(/随机种子/);
    expect(() => draw(varied, 'R-SM-01', 'ab'.repeat(8 - 1))).toThrow(/随机种子/);
    expect(() => draw(varied, 'R-SM-99', SEED)).toThrow(/未知的抽样规则/);
    expect(draw(varied, ' r-sm-01 ', SEED.toUpperCase()).seed).toBe(SEED);
  });
});
