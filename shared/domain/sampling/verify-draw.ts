import { canonicalizePopulation, hashCanonicalPopulation } from './canonical';
import { drawCanonical, type DrawOptions, type DrawRecord } from './draw';
import { SAMPLING_ALGORITHM } from './draw-stream';
import type { Population } from './population';

export interface DrawVerification {
  ok: boolean;
  /** Plain-Chinese differences between the record and the re-run. */
  problems: string[];
}

function unitsOf(record: Pick<DrawRecord, 'year' | 'batches' | 'occupations'>): string {
  return JSON.stringify({
    year: record.year,
    batches: record.batches.map((batch) => [batch.batchId, batch.candidateIds]),
    occupations: record.occupations.map((occupation) => occupation.occupationCode),
  });
}

/** R-SM-06: re-runs a recorded draw on a population and says whether it gives the same units. */
export function verifyDraw(record: DrawRecord, population: Population, options: DrawOptions = {}): DrawVerification {
  const problems: string[] = [];
  if (record.algorithm !== SAMPLING_ALGORITHM) {
    return { ok: false, problems: [`记录使用的算法版本 ${record.algorithm} 与本程序 ${SAMPLING_ALGORITHM} 不同，无法复核。`] };
  }
  const canonical = canonicalizePopulation(population);
  const hash = hashCanonicalPopulation(canonical, options.newHash);
  if (hash !== record.populationHash) problems.push(`抽样总体的哈希值不一致：记录为 ${record.populationHash}，复核为 ${hash}。`);
  const rerun = drawCanonical(canonical, hash, record.rule, record.seed);
  if (unitsOf(rerun) !== unitsOf(record)) problems.push('按记录的种子和规则重新抽取，得到的单位与记录不一致。');
  return { ok: problems.length === 0, problems };
}
