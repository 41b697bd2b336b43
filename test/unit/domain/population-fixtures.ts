import fc from 'fast-check';
import { bytesToHex, sha256 } from '../../../shared/domain/sampling';
import type { Population, PopulationBatch } from '../../../shared/domain/sampling';
import { SKILL_LEVELS, type SkillLevel } from '../../../shared/domain/validation';

/** A batch with `size` candidates named `<id>-001` … */
export function batch(id: string, occupationCode: string, level: SkillLevel, size: number, examDate = '2023-05-20'): PopulationBatch {
  return {
    id,
    occupationCode,
    occupationName: `职业${occupationCode}`,
    level,
    examDate,
    candidateIds: Array.from({ length: size }, (_, i) => `${id}-${String(i + 1).padStart(3, '0')}`),
  };
}

export function population(batches: PopulationBatch[], institutionKind: Population['institutionKind'] = 'socialOrg'): Population {
  return { institutionKind, batches };
}

/** Fixed, reproducible seeds for statistical tests: SHA-256 of the counter. */
export function fixedSeed(i: number): string {
  return bytesToHex(sha256(new Uint8Array([i >>> 24, (i >>> 16) & 255, (i >>> 8) & 255, i & 255])));
}

export const seedArb = fc.uint8Array({ minLength: 16, maxLength: 64 }).map(bytesToHex);

const OCCUPATIONS = ['4-10-01-02', '4-10-01-05', '4-03-02-01', '4-10-03-01', '4-03-02-07'];

export const batchArb = fc.record({
  id: fc.string({ maxLength: 5 }),
  occupationCode: fc.constantFrom(...OCCUPATIONS),
  occupationName: fc.string({ maxLength: 3 }),
  level: fc.constantFrom(...SKILL_LEVELS),
  examDate: fc.oneof(fc.constantFrom('2023-03-18', '2024-06-15', '2025-12-31'), fc.string({ maxLength: 10 })),
  candidateIds: fc.array(fc.string({ maxLength: 4 }), { maxLength: 15 }),
});

/** Anything the type allows, duplicates and empty strings included: a draw must never throw on it. */
export const populationArb = fc.record({
  institutionKind: fc.constantFrom(null, 'enterprise' as const, 'college' as const, 'socialOrg' as const),
  batches: fc.array(batchArb, { maxLength: 14 }),
});

/** Brute force: is there a triple of batches with pairwise different occupations and levels? */
export function hasStrictTriple(batches: readonly PopulationBatch[]): boolean {
  for (let i = 0; i < batches.length; i++)
    for (let j = i + 1; j < batches.length; j++)
      for (let k = j + 1; k < batches.length; k++) {
        const t = [batches[i], batches[j], batches[k]] as PopulationBatch[];
        if (new Set(t.map((b) => b.occupationCode)).size === 3 && new Set(t.map((b) => b.level)).size === 3) return true;
      }
  return false;
}

/** Chi-square statistic of observed counts against a uniform expectation. */
export function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
}

/** level5, level4, level3, level5, … */
export function cycledLevel(i: number): SkillLevel {
  return (['level5', 'level4', 'level3'] as const)[i % 3] ?? 'level5';
}
