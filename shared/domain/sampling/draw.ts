import { canonicalizePopulation, hashCanonicalPopulation, type CanonicalPopulation } from './canonical';
import { examYear, type DrawOutcome } from './drawn-units';
import type { HashFactory } from './hashing-writer';
import { normalizeSeedHex, SAMPLING_ALGORITHM } from './draw-stream';
import type { InstitutionKind, Population } from './population';
import { RULE_DRAWS } from './rule-draws';
import { requireSamplingRuleId, SAMPLING_RULES, type SamplingRuleId } from './sampling-rules';

/** Everything needed to re-run and check a draw (R-SM-06). */
export interface DrawRecord extends DrawOutcome {
  algorithm: typeof SAMPLING_ALGORITHM;
  rule: SamplingRuleId;
  ruleQuote: string;
  seed: string;
  /** SHA-256 of the canonical population JSON (see canonical.ts). */
  populationHash: string;
  population: {
    institutionKind: InstitutionKind | null;
    batches: number;
    candidates: number;
    occupations: number;
    years: string[];
  };
  candidateTotal: number;
}

/** Draws from a population already canonicalised and hashed (lets callers time or cache the two steps). */
export function drawCanonical(canonical: CanonicalPopulation, populationHash: string, rule: string, seed: string): DrawRecord {
  const ruleId = requireSamplingRuleId(rule);
  const seedHex = normalizeSeedHex(seed);
  const outcome = RULE_DRAWS[ruleId](canonical, seedHex);
  return {
    algorithm: SAMPLING_ALGORITHM,
    rule: ruleId,
    ruleQuote: SAMPLING_RULES[ruleId].quote,
    seed: seedHex,
    populationHash,
    population: {
      institutionKind: canonical.institutionKind,
      batches: canonical.batches.length,
      candidates: canonical.candidateCount,
      occupations: new Set(canonical.batches.map((batch) => batch.occupationCode)).size,
      years: [...new Set(canonical.batches.map(examYear))].sort(),
    },
    candidateTotal: outcome.batches.reduce((sum, batch) => sum + batch.candidateIds.length, 0),
    ...outcome,
  };
}

export interface DrawOptions {
  /** SHA-256 for the population hash (default: the pure one); e.g. () => createHash('sha256') in Node. */
  newHash?: HashFactory;
}

/**
 * Draws the units of a rule from a population with a seed (hex, 16–64 bytes). Deterministic: the same
 * population (in any order), rule and seed give the same record. Never throws on the population, however
 * small; throws AppError only for an unknown rule or a malformed seed.
 */
export function draw(population: Population, rule: string, seed: string, options: DrawOptions = {}): DrawRecord {
  const canonical = canonicalizePopulation(population);
  return drawCanonical(canonical, hashCanonicalPopulation(canonical, options.newHash), rule, seed);
}
