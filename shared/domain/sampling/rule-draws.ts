import { compareCodePoints, type CanonicalPopulation } from './canonical';
import { allocateQuotas } from './candidate-quotas';
import { remainingInPermutationOrder, selectDiverseBatches } from './diverse-batches';
import { note, type DrawNote } from './draw-notes';
import { DrawStream } from './draw-stream';
import { examYear, toDrawnBatch, type DrawnOccupation, type DrawOutcome, type YearQuota } from './drawn-units';
import { LazyPermutation } from './lazy-permutation';
import type { PopulationBatch } from './population';
import { BATCHES_PER_DRAW, MIN_CANDIDATES, OCCUPATIONS_PER_DRAW, SPOT_CHECK_PERCENT, type SamplingRuleId } from './sampling-rules';

/**
 * One function per rule. Random streams (see draw-stream.ts) are named by purpose so each part of a draw can
 * be re-run on its own: "batches", "year", "occupations", "batches/<year>", "candidates/<batch id>".
 */
type RuleDraw = (population: CanonicalPopulation, seed: string) => DrawOutcome;

const EMPTY_MESSAGE = '抽样总体为空（没有任何批次），未抽取任何单位。';

function emptyOutcome(notes: DrawNote[] = []): DrawOutcome {
  return { diversity: null, year: null, batches: [], occupations: [], yearQuotas: [], notes };
}

function allIndices(batches: readonly PopulationBatch[]): number[] {
  return batches.map((_, index) => index);
}

function batchPermutation(population: CanonicalPopulation, seed: string): LazyPermutation {
  return new LazyPermutation(new DrawStream(seed, 'batches'), population.batches.length);
}

/** k of n by Fisher–Yates on the named stream. */
function sampleIndices(seed: string, streamName: string, n: number, k: number): number[] {
  return new LazyPermutation(new DrawStream(seed, streamName), n).prefix(k);
}

/** R-SM-01: 3 batches of different occupations and levels, then at least 20 candidates spread over them. */
const drawBatchesAndCandidates: RuleDraw = (population, seed) => {
  const { batches } = population;
  if (batches.length === 0) return emptyOutcome([note('EMPTY_POPULATION', EMPTY_MESSAGE)]);
  const notes: DrawNote[] = [];
  const withCandidates = allIndices(batches).filter((index) => (batches[index] as PopulationBatch).candidateIds.length > 0);
  let eligible = withCandidates;
  if (withCandidates.length === 0) {
    eligible = allIndices(batches);
    notes.push(note('NO_CANDIDATES', '所有批次均没有考生名单，只能抽取批次，无法抽查考生。'));
  } else if (withCandidates.length < batches.length) {
    notes.push(note('EMPTY_BATCHES_EXCLUDED', `${batches.length - withCandidates.length}个批次没有考生名单，不参与本项抽查。`));
  }

  const permutation = batchPermutation(population, seed);
  const selection = selectDiverseBatches(batches, eligible, permutation, BATCHES_PER_DRAW);
  notes.push(...selection.notes);
  const chosen = [...selection.chosen];
  const sizeOf = (index: number) => (batches[index] as PopulationBatch).candidateIds.length;
  let total = chosen.reduce((sum, index) => sum + sizeOf(index), 0);

  if (total < MIN_CANDIDATES && withCandidates.length > 0) {
    const before = { batches: chosen.length, candidates: total };
    for (const index of remainingInPermutationOrder(permutation, eligible, chosen)) {
      chosen.push(index);
      total += sizeOf(index);
      if (total >= MIN_CANDIDATES) break;
    }
    const added = chosen.length - before.batches;
    if (added > 0) {
      notes.push(
        note(
          'BATCHES_ADDED',
          `所抽${before.batches}个批次考生合计${before.candidates}人，不足${MIN_CANDIDATES}人，按同一随机顺序追加${added}个批次。`,
        ),
      );
    }
    if (total < MIN_CANDIDATES) {
      notes.push(note('CANDIDATE_SHORTFALL', `全部可抽批次的考生合计仅${total}人，不足${MIN_CANDIDATES}人，已全部抽取。`));
    }
  }

  const quotas = allocateQuotas(chosen.map(sizeOf), MIN_CANDIDATES);
  const drawn = chosen.map((index, position) => {
    const batch = batches[index] as PopulationBatch;
    const picks = sampleIndices(seed, `candidates/${batch.id}`, batch.candidateIds.length, quotas[position] as number);
    const candidateIds = picks.map((pick) => batch.candidateIds[pick] as string).sort(compareCodePoints);
    return toDrawnBatch(batch, candidateIds);
  });
  return { ...emptyOutcome(notes), diversity: selection.step, batches: drawn };
};

/** R-SM-02: one year (for its annual plan) and 3 batches of different occupations and levels (their plans). */
const drawYearAndBatches: RuleDraw = (population, seed) => {
  const { batches } = population;
  if (batches.length === 0) return emptyOutcome([note('EMPTY_POPULATION', EMPTY_MESSAGE)]);
  const years = [...new Set(batches.map(examYear))].sort();
  const year = years[new DrawStream(seed, 'year').uniformInt(years.length)] ?? null;
  const selection = selectDiverseBatches(batches, allIndices(batches), batchPermutation(population, seed), BATCHES_PER_DRAW);
  return {
    ...emptyOutcome(selection.notes),
    diversity: selection.step,
    year,
    batches: selection.chosen.map((index) => toDrawnBatch(batches[index] as PopulationBatch)),
  };
};

/** R-SM-03: 3 occupations (their question banks) among those evaluated. */
const drawOccupations: RuleDraw = (population, seed) => {
  const { batches } = population;
  if (batches.length === 0) return emptyOutcome([note('EMPTY_POPULATION', EMPTY_MESSAGE)]);
  const byCode = new Map<string, DrawnOccupation>();
  for (const batch of batches) {
    const known = byCode.get(batch.occupationCode);
    if (known) known.batchCount++;
    else byCode.set(batch.occupationCode, { occupationCode: batch.occupationCode, occupationName: batch.occupationName, batchCount: 1 });
  }
  const occupations = [...byCode.values()].sort((a, b) => compareCodePoints(a.occupationCode, b.occupationCode));
  const picks = sampleIndices(seed, 'occupations', occupations.length, OCCUPATIONS_PER_DRAW);
  const notes =
    occupations.length < OCCUPATIONS_PER_DRAW
      ? [note('OCCUPATION_SHORTFALL', `已开展评价的职业（工种）只有${occupations.length}个，少于规定的${OCCUPATIONS_PER_DRAW}个，已全部抽取。`)]
      : [];
  return { ...emptyOutcome(notes), occupations: picks.map((pick) => occupations[pick] as DrawnOccupation) };
};

/** R-SM-04: any 3 batches (their plans against the staff present). */
const drawThreeBatches: RuleDraw = (population, seed) => {
  const { batches } = population;
  if (batches.length === 0) return emptyOutcome([note('EMPTY_POPULATION', EMPTY_MESSAGE)]);
  const selection = selectDiverseBatches(batches, allIndices(batches), batchPermutation(population, seed), BATCHES_PER_DRAW, 'any');
  return { ...emptyOutcome(selection.notes), batches: selection.chosen.map((index) => toDrawnBatch(batches[index] as PopulationBatch)) };
};

function spotCheckPercent(population: CanonicalPopulation): { percent: number; notes: DrawNote[] } {
  const kind = population.institutionKind;
  if (kind === 'socialOrg' || kind === 'enterprise') return { percent: SPOT_CHECK_PERCENT[kind], notes: [] };
  const why = kind === 'college' ? '通知未规定自主评价院校的抽检率' : '抽样总体未注明机构类别';
  return {
    percent: SPOT_CHECK_PERCENT.socialOrg,
    notes: [note('RATE_ASSUMED', `${why}，按社评组织的${SPOT_CHECK_PERCENT.socialOrg}%从严抽取。`)],
  };
}

/** R-SM-05: every year, at least 50 % (social organisations) or 10 % (employers) of that year's batches, rounded up. */
const drawPercentOfBatches: RuleDraw = (population, seed) => {
  const { batches } = population;
  if (batches.length === 0) return emptyOutcome([note('EMPTY_POPULATION', EMPTY_MESSAGE)]);
  const { percent, notes } = spotCheckPercent(population);
  const byYear = new Map<string, number[]>();
  batches.forEach((batch, index) => {
    const list = byYear.get(examYear(batch));
    if (list) list.push(index);
    else byYear.set(examYear(batch), [index]);
  });
  const yearQuotas: YearQuota[] = [];
  const drawn: number[] = [];
  for (const year of [...byYear.keys()].sort()) {
    const indices = byYear.get(year) as number[];
    const count = Math.ceil((indices.length * percent) / 100);
    drawn.push(...sampleIndices(seed, `batches/${year}`, indices.length, count).map((pick) => indices[pick] as number));
    yearQuotas.push({ year, batches: indices.length, percent, drawn: count });
  }
  return { ...emptyOutcome(notes), yearQuotas, batches: drawn.map((index) => toDrawnBatch(batches[index] as PopulationBatch)) };
};

export const RULE_DRAWS: Readonly<Record<SamplingRuleId, RuleDraw>> = {
  'R-SM-01': drawBatchesAndCandidates,
  'R-SM-02': drawYearAndBatches,
  'R-SM-03': drawOccupations,
  'R-SM-04': drawThreeBatches,
  'R-SM-05': drawPercentOfBatches,
};
