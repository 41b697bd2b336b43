import { nodeSha256 } from '../../electron/services/hash/node-sha256';
import {
  canonicalizePopulation,
  draw,
  drawCanonical,
  hashCanonicalPopulation,
  type Population,
  type PopulationBatch,
} from '../../shared/domain/sampling';
import { SKILL_LEVELS } from '../../shared/domain/validation';
import { median, percentile, timeIt, type BenchCase } from './harness';

// A large institution: 10,000 batches, 100 candidates each (1,000,000 candidates), ids as a database would give them.
function largePopulation(batchCount = 10_000, perBatch = 100): Population {
  const batches: PopulationBatch[] = [];
  for (let b = 0; b < batchCount; b++) {
    const id = `B${String(b).padStart(6, '0')}`;
    batches.push({
      id,
      occupationCode: `4-10-01-${String(b % 40).padStart(2, '0')}`,
      occupationName: `职业${b % 40}`,
      level: SKILL_LEVELS[b % SKILL_LEVELS.length] ?? 'level5',
      examDate: `${2021 + (b % 3)}-0${1 + (b % 9)}-15`,
      candidateIds: Array.from({ length: perBatch }, (_, c) => `${id}-${String(c).padStart(4, '0')}`),
    });
  }
  return { institutionKind: 'socialOrg', batches };
}

const SEED = '5eed'.repeat(16);

export const cases: BenchCase[] = [
  {
    name: 'sampling 10k batches / 1M candidates',
    run() {
      const population = largePopulation();
      const canonical = canonicalizePopulation(population);
      const hash = hashCanonicalPopulation(canonical);
      const canonicalize = timeIt(() => void canonicalizePopulation(population), 10, 2);
      const hashing = timeIt(() => void hashCanonicalPopulation(canonical), 5, 1);
      const nodeHashing = timeIt(() => void hashCanonicalPopulation(canonical, nodeSha256), 5, 1);
      const drawOnly = timeIt(() => void drawCanonical(canonical, hash, 'R-SM-01', SEED), 30, 3);
      const drawOthers = timeIt(
        () => {
          for (const rule of ['R-SM-02', 'R-SM-03', 'R-SM-04', 'R-SM-05']) drawCanonical(canonical, hash, rule, SEED);
        },
        10,
        2,
      );
      const total = timeIt(() => void draw(population, 'R-SM-01', SEED), 5, 1);
      const totalNode = timeIt(() => void draw(population, 'R-SM-01', SEED, { newHash: nodeSha256 }), 5, 1);
      return [
        { name: 'canonicalise (sorted input) median', value: median(canonicalize), unit: 'ms' },
        { name: 'hash canonical population (pure SHA-256) median', value: median(hashing), unit: 'ms', note: '~17 MB of JSON' },
        { name: 'hash canonical population (node:crypto) median', value: median(nodeHashing), unit: 'ms', note: 'same bytes' },
        { name: 'draw R-SM-01 (no hashing) median', value: median(drawOnly), unit: 'ms', goal: '≤ 50' },
        { name: 'draw R-SM-01 (no hashing) p95', value: percentile(drawOnly, 95), unit: 'ms', goal: '≤ 50' },
        { name: 'draw R-SM-02..05 together median', value: median(drawOthers), unit: 'ms' },
        { name: 'draw() end to end (pure) median', value: median(total), unit: 'ms', note: 'canonicalise + hash + draw' },
        { name: 'draw() end to end (node:crypto) median', value: median(totalNode), unit: 'ms', note: 'as the CLI runs it' },
      ];
    },
  },
  {
    name: 'sampling 10k batches, shuffled input',
    run() {
      const population = largePopulation();
      const reversed: Population = {
        ...population,
        batches: [...population.batches].reverse().map((b) => ({ ...b, candidateIds: [...b.candidateIds].reverse() })),
      };
      const canonicalize = timeIt(() => void canonicalizePopulation(reversed), 3, 1);
      return [{ name: 'canonicalise (unsorted input) median', value: median(canonicalize), unit: 'ms', note: 'sorts 1M ids' }];
    },
  },
];
