import type { UnitRatioDeductionScoring, UnitRatioTier } from '../templates/types';
import type { ItemAnswer } from './answers';
import { floorAtZero } from './floor';
import { invalidAnswer, itemLabel } from './invalid';
import { UNANSWERED, type ItemScore } from './item-score';
import { formatPoints, sumPoints } from './points';
import type { TraceEntry } from './result';

function matches(tier: UnitRatioTier, own: number, total: number): boolean {
  if (tier.when.kind === 'none') return own === 0;
  // own / total < n / d  ⇔  own·d < n·total (integers, no division)
  return own * tier.when.denominator < tier.when.numerator * total;
}

/** R-YQ-03: per occupation, the first tier that matches own / total deducts its points. */
export function scoreUnitRatio(itemId: string, maxPoints: number, scoring: UnitRatioDeductionScoring, answer: ItemAnswer): ItemScore {
  const where = itemLabel(itemId);
  if (answer.units === undefined) return UNANSWERED;
  const seen = new Set<string>();
  const trace: TraceEntry[] = [];
  for (const unit of answer.units) {
    if (seen.has(unit.id)) throw invalidAnswer(where, 'SCORING_UNIT_TWICE', { unit: unit.id }, 'units');
    seen.add(unit.id);
    if (unit.own > unit.total) {
      throw invalidAnswer(
        where,
        'SCORING_UNIT_RATIO_ABOVE',
        { unit: unit.id, numerator: scoring.numeratorLabel, denominator: scoring.denominatorLabel, own: unit.own, total: unit.total },
        'units',
      );
    }
    const tier = scoring.tiers.find((t) => matches(t, unit.own, unit.total)) ?? null;
    const deducted = tier?.points ?? 0;
    const ratio = `${scoring.numeratorLabel}${unit.own} / ${scoring.denominatorLabel}${unit.total}`;
    trace.push({
      kind: 'unitRatio',
      unitId: unit.id,
      ownCount: unit.own,
      totalCount: unit.total,
      tierId: tier?.id ?? null,
      deducted,
      message: tier ? `职业“${unit.id}”：${ratio}，“${tier.label}”，扣${formatPoints(deducted)}分` : `职业“${unit.id}”：${ratio}，不扣分`,
    });
  }
  const deductedTotal = sumPoints(trace.map((t) => (t.kind === 'unitRatio' ? t.deducted : 0)));
  const { points, floorTrace } = floorAtZero(maxPoints, deductedTotal, false);
  if (floorTrace) trace.push(floorTrace);
  return { status: 'scored', points, trace };
}
