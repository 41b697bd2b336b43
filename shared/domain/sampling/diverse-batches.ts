import { note, type DrawNote, type DrawNoteCode } from './draw-notes';
import type { LazyPermutation } from './lazy-permutation';
import type { PopulationBatch } from './population';

/**
 * Choosing k batches “of different occupations and different levels”, relaxing step by step when the
 * population does not allow it. Steps, strictest first:
 *   occupationAndLevel  pairwise different occupation AND different level (the rule as written)
 *   occupation          pairwise different occupation, levels may repeat      (RELAXED_SAME_LEVEL)
 *   level               pairwise different level, occupations may repeat      (RELAXED_SAME_OCCUPATION)
 *   pair                pairwise different (occupation, level) combination    (RELAXED_DISTINCT_PAIR)
 *   any                 any different batches                                  (RELAXED_ANY_BATCH)
 * The first step whose requirement the eligible batches can meet is used. Within a step, slots are filled in
 * the order of the random permutation π: each slot takes the first eligible batch in π that keeps the
 * requirement and still leaves a way to fill the remaining slots, so a valid choice is found whenever one exists.
 */
export type DiversityStep = 'occupationAndLevel' | 'occupation' | 'level' | 'pair' | 'any';

interface StepSpec {
  step: DiversityStep;
  relaxation: DrawNoteCode | null;
  message: string;
  keys: readonly ((batch: PopulationBatch, index: number) => string)[];
}

const byOccupation = (batch: PopulationBatch) => batch.occupationCode;
const byLevel = (batch: PopulationBatch) => batch.level;

const STEPS: readonly StepSpec[] = [
  { step: 'occupationAndLevel', relaxation: null, message: '', keys: [byOccupation, byLevel] },
  {
    step: 'occupation',
    relaxation: 'RELAXED_SAME_LEVEL',
    message: '不存在职业（工种）和等级均两两不同的批次组合，放宽为：职业（工种）两两不同，等级可以相同。',
    keys: [byOccupation],
  },
  {
    step: 'level',
    relaxation: 'RELAXED_SAME_OCCUPATION',
    message: '也不存在职业（工种）两两不同的批次组合，放宽为：等级两两不同，职业（工种）可以相同。',
    keys: [byLevel],
  },
  {
    step: 'pair',
    relaxation: 'RELAXED_DISTINCT_PAIR',
    message: '也不存在等级两两不同的批次组合，放宽为：职业（工种）与等级的组合两两不同。',
    keys: [(batch) => `${batch.occupationCode}\u0000${batch.level}`],
  },
  {
    step: 'any',
    relaxation: 'RELAXED_ANY_BATCH',
    message: '所有批次的职业（工种）与等级都相同，放宽为：任意不同批次。',
    keys: [(_batch, index) => String(index)],
  },
];

export interface DiverseSelection {
  /** Canonical batch indices in the order they were chosen. */
  chosen: number[];
  step: DiversityStep;
  notes: DrawNote[];
}

/** Up to 3 different occupations per level: enough to decide whether ≤ 3 slots can still be filled. */
type LevelOccupations = Map<string, string[]>;

function levelOccupations(batches: readonly PopulationBatch[], eligible: readonly number[]): LevelOccupations {
  const map: LevelOccupations = new Map();
  for (const index of eligible) {
    const batch = batches[index] as PopulationBatch;
    const list = map.get(batch.level) ?? [];
    if (list.length < 3 && !list.includes(batch.occupationCode)) list.push(batch.occupationCode);
    map.set(batch.level, list);
  }
  return map;
}

/** Can `remaining` more batches be found with new levels and pairwise new occupations? (Hall's condition by search.) */
function canFill(samples: LevelOccupations, usedLevels: ReadonlySet<string>, usedOccupations: ReadonlySet<string>, remaining: number): boolean {
  if (remaining <= 0) return true;
  const options = [...samples.entries()]
    .filter(([level]) => !usedLevels.has(level))
    .map(([, occupations]) => occupations.filter((occupation) => !usedOccupations.has(occupation)));
  const assign = (from: number, left: number, taken: ReadonlySet<string>): boolean => {
    if (left === 0) return true;
    for (let i = from; i <= options.length - left; i++) {
      for (const occupation of options[i] as string[]) {
        if (!taken.has(occupation) && assign(i + 1, left - 1, new Set([...taken, occupation]))) return true;
      }
    }
    return false;
  };
  return assign(0, remaining, new Set());
}

function distinctCount(batches: readonly PopulationBatch[], eligible: readonly number[], key: StepSpec['keys'][number]): number {
  return new Set(eligible.map((index) => key(batches[index] as PopulationBatch, index))).size;
}

function isFeasible(
  spec: StepSpec,
  batches: readonly PopulationBatch[],
  eligible: readonly number[],
  count: number,
  samples: LevelOccupations,
): boolean {
  if (spec.step === 'occupationAndLevel') return canFill(samples, new Set(), new Set(), count);
  return distinctCount(batches, eligible, spec.keys[0] as StepSpec['keys'][number]) >= count;
}

/**
 * Chooses `count` eligible batches (indices into the canonical batch list), most diverse first.
 * With fewer eligible batches than `count`, all are taken in π order (BATCH_SHORTFALL).
 * `firstStep` lets a rule without a diversity requirement start at 'any'.
 */
export function selectDiverseBatches(
  batches: readonly PopulationBatch[],
  eligible: readonly number[],
  permutation: LazyPermutation,
  count: number,
  firstStep: DiversityStep = 'occupationAndLevel',
): DiverseSelection {
  const isEligible = new Uint8Array(batches.length);
  for (const index of eligible) isEligible[index] = 1;
  const inPermutationOrder = function* (): Generator<number> {
    for (let position = 0; position < permutation.size; position++) {
      const index = permutation.at(position);
      if (isEligible[index] === 1) yield index;
    }
  };

  if (eligible.length < count) {
    const chosen = [...inPermutationOrder()];
    const message =
      eligible.length === 0 ? `没有可抽取的批次，规定抽取${count}个。` : `可抽取的批次只有${eligible.length}个，少于规定的${count}个，已全部抽取。`;
    return { chosen, step: firstStep, notes: [note('BATCH_SHORTFALL', message)] };
  }

  const samples = levelOccupations(batches, eligible);
  const notes: DrawNote[] = [];
  const steps = STEPS.slice(STEPS.findIndex((spec) => spec.step === firstStep));
  for (const spec of steps) {
    if (spec.step !== firstStep && spec.relaxation) notes.push(note(spec.relaxation, spec.message));
    if (!isFeasible(spec, batches, eligible, count, samples)) continue;
    const chosen: number[] = [];
    const usedKeys = spec.keys.map(() => new Set<string>());
    while (chosen.length < count) {
      // Whether a cell (occupation, level) keeps the triple completable depends only on the cell: memoise per slot.
      const completable = new Map<string, boolean>();
      const next = firstMatch(inPermutationOrder(), (index) => {
        const batch = batches[index] as PopulationBatch;
        if (spec.keys.some((key, k) => (usedKeys[k] as Set<string>).has(key(batch, index)))) return false;
        if (spec.step !== 'occupationAndLevel') return true;
        const cell = `${batch.occupationCode}\u0000${batch.level}`;
        let ok = completable.get(cell);
        if (ok === undefined) {
          const levels = new Set([...(usedKeys[1] as Set<string>), batch.level]);
          const occupations = new Set([...(usedKeys[0] as Set<string>), batch.occupationCode]);
          ok = canFill(samples, levels, occupations, count - chosen.length - 1);
          completable.set(cell, ok);
        }
        return ok;
      });
      if (next === undefined) break; // cannot happen after the feasibility check; guards against a loop
      const batch = batches[next] as PopulationBatch;
      chosen.push(next);
      spec.keys.forEach((key, k) => (usedKeys[k] as Set<string>).add(key(batch, next)));
    }
    return { chosen, step: spec.step, notes };
  }
  // Unreachable: the 'any' step is feasible whenever eligible.length ≥ count.
  return { chosen: [], step: 'any', notes };
}

function firstMatch(values: Iterable<number>, predicate: (value: number) => boolean): number | undefined {
  for (const value of values) if (predicate(value)) return value;
  return undefined;
}

/** Eligible batches not yet chosen, in π order (used to add batches “by the same draw”). */
export function* remainingInPermutationOrder(
  permutation: LazyPermutation,
  eligible: readonly number[],
  chosen: readonly number[],
): Generator<number> {
  const wanted = new Set(eligible);
  for (const index of chosen) wanted.delete(index);
  for (let position = 0; position < permutation.size && wanted.size > 0; position++) {
    const index = permutation.at(position);
    if (wanted.delete(index)) yield index;
  }
}
