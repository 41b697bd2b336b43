import { formatPoints } from '../scoring/points';
import type { Problem } from './problems';
import { DEDUCTION_UNITS, type Item, type PercentBound, type RatioBracketScoring, type UnitRatioDeductionScoring, type UnitRatioTier } from './types';
import { duplicateIds, located, type Findings } from './validate-problems';

// Checks of one item's scoring data. Each returns errors and warnings about that item, located in it.

export type ItemChecks = Findings;

const KNOWN_UNITS = DEDUCTION_UNITS.join(' / ');
const isUnit = (unit: string) => (DEDUCTION_UNITS as readonly string[]).includes(unit);

export function checkItemScoring(item: Item, itemsById: ReadonlyMap<string, Item>): ItemChecks {
  const checks: ItemChecks = { errors: [], warnings: [] };
  const itemId = item.id;
  const itemMax = formatPoints(item.maxPoints);
  if (item.maxPoints <= 0) {
    checks.errors.push(
      located({ code: 'BAD_POINTS', reason: 'FORM_ITEM_MAX_NOT_POSITIVE', params: { itemId }, at: `item:${itemId}:maxPoints`, id: itemId }),
    );
  }
  const scoring = item.scoring;
  switch (scoring.kind) {
    case 'tiered': {
      duplicateIds(
        scoring.tiers.map((t) => t.id),
        'FORM_TERM_TIER',
        (id) => `tier:${itemId}/${id}`,
        checks.errors,
        itemId,
      );
      for (const tier of scoring.tiers) {
        const params = { itemId, tier: tier.id, min: formatPoints(tier.min), max: formatPoints(tier.max), itemMax };
        const at = `tier:${itemId}/${tier.id}`;
        if (tier.min > tier.max) checks.errors.push(located({ code: 'TIER_OUTSIDE_MAX', reason: 'FORM_TIER_REVERSED', params, at, id: itemId }));
        else if (tier.min < 0 || tier.max > item.maxPoints) {
          checks.errors.push(located({ code: 'TIER_OUTSIDE_MAX', reason: 'FORM_TIER_OUTSIDE_MAX', params, at, id: itemId }));
        }
      }
      if (!scoring.tiers.some((t) => t.max === item.maxPoints)) {
        checks.warnings.push(
          located({ code: 'NO_FULL_MARKS', reason: 'FORM_NO_FULL_MARKS', params: { itemId, itemMax }, at: `item:${itemId}`, id: itemId }),
        );
      }
      break;
    }
    case 'deduction': {
      duplicateIds(
        scoring.rules.map((r) => r.id),
        'FORM_TERM_RULE',
        (id) => `rule:${itemId}/${id}`,
        checks.errors,
        itemId,
      );
      const sharedIds = new Set([itemId, ...scoring.sharedWithItemIds]);
      for (const rule of scoring.rules) {
        const at = `rule:${itemId}/${rule.id}`;
        if (rule.points <= 0)
          checks.errors.push(located({ code: 'BAD_POINTS', reason: 'FORM_RULE_POINTS', params: { itemId, rule: rule.id }, at, id: itemId }));
        if (!isUnit(rule.per)) {
          checks.errors.push(
            located({
              code: 'UNKNOWN_UNIT',
              reason: 'FORM_UNKNOWN_UNIT',
              params: { itemId, rule: rule.id, unit: rule.per, known: KNOWN_UNITS },
              at,
              id: itemId,
            }),
          );
        }
        if (rule.attributedItemId !== undefined && !sharedIds.has(rule.attributedItemId)) {
          const params = { itemId, rule: rule.id, target: rule.attributedItemId };
          checks.errors.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_ATTRIBUTED_NOT_SHARED', params, at, id: itemId }));
        }
      }
      for (const sharedId of scoring.sharedWithItemIds) {
        const shared = itemsById.get(sharedId);
        if (shared?.scoring.kind === 'shared' && shared.scoring.leadItemId === itemId) continue;
        const reason = shared ? 'FORM_SHARED_NOT_BACK' : 'FORM_SHARED_MISSING';
        checks.errors.push(located({ code: 'BAD_REFERENCE', reason, params: { itemId, target: sharedId }, at: `item:${itemId}`, id: itemId }));
      }
      break;
    }
    case 'shared': {
      const lead = itemsById.get(scoring.leadItemId);
      if (lead?.scoring.kind !== 'deduction' || !lead.scoring.sharedWithItemIds.includes(itemId)) {
        const reason = lead ? 'FORM_LEAD_NOT_LISTING' : 'FORM_LEAD_MISSING';
        checks.errors.push(
          located({ code: 'BAD_REFERENCE', reason, params: { itemId, target: scoring.leadItemId }, at: `item:${itemId}`, id: itemId }),
        );
      }
      break;
    }
    case 'ratioBracket':
      checkBrackets(item, scoring, checks.errors);
      break;
    case 'unitRatioDeduction':
      checkUnitRatio(item, scoring, checks.errors);
      break;
  }
  return checks;
}

/** A lower bound as ≥90% / >90%, an upper one as ≤100% / <100%: the same in either language. */
function lowerText(bound: PercentBound): string {
  return `${bound.inclusive ? '≥' : '>'}${bound.percent}%`;
}

function upperText(bound: PercentBound): string {
  return `${bound.inclusive ? '≤' : '<'}${bound.percent}%`;
}

/** Brackets must tile 0 %–100 % exactly: each bound shared by two neighbours belongs to exactly one. */
function checkBrackets(item: Item, scoring: RatioBracketScoring, errors: Problem[]): void {
  const itemId = item.id;
  const itemMax = formatPoints(item.maxPoints);
  duplicateIds(
    scoring.brackets.map((b) => b.id),
    'FORM_TERM_BRACKET',
    (id) => `bracket:${itemId}/${id}`,
    errors,
    itemId,
  );
  const sorted = [...scoring.brackets].sort((a, b) => a.from.percent - b.from.percent || Number(b.from.inclusive) - Number(a.from.inclusive));
  for (const bracket of sorted) {
    const { from, to } = bracket;
    const at = `bracket:${itemId}/${bracket.id}`;
    const empty = from.percent > to.percent || (from.percent === to.percent && !(from.inclusive && to.inclusive));
    if (from.percent < 0 || to.percent > 100 || empty) {
      const params = { itemId, bracket: bracket.id, from: lowerText(from), to: upperText(to) };
      errors.push(located({ code: 'RATIO_RANGE', reason: 'FORM_BRACKET_RANGE', params, at, id: itemId }));
    }
    if (bracket.points < 0 || bracket.points > item.maxPoints) {
      const params = { itemId, bracket: bracket.id, points: formatPoints(bracket.points), itemMax };
      errors.push(located({ code: 'TIER_OUTSIDE_MAX', reason: 'FORM_BRACKET_POINTS', params, at, id: itemId }));
    }
  }
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && !(first.from.percent === 0 && first.from.inclusive)) {
    errors.push(
      located({ code: 'RATIO_GAP', reason: 'FORM_BRACKETS_MISS_ZERO', params: { itemId }, at: `bracket:${itemId}/${first.id}`, id: itemId }),
    );
  }
  if (last && !(last.to.percent === 100 && last.to.inclusive)) {
    errors.push(
      located({ code: 'RATIO_GAP', reason: 'FORM_BRACKETS_MISS_HUNDRED', params: { itemId }, at: `bracket:${itemId}/${last.id}`, id: itemId }),
    );
  }
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const next = sorted[i];
    if (!previous || !next) continue;
    const params = { itemId, first: previous.id, second: next.id, firstTo: upperText(previous.to), secondFrom: lowerText(next.from) };
    const at = `bracket:${itemId}/${next.id}`;
    if (previous.to.percent > next.from.percent || (previous.to.percent === next.from.percent && previous.to.inclusive && next.from.inclusive)) {
      errors.push(located({ code: 'RATIO_OVERLAP', reason: 'FORM_BRACKETS_OVERLAP', params, at, id: itemId }));
    } else if (previous.to.percent < next.from.percent || (!previous.to.inclusive && !next.from.inclusive)) {
      errors.push(located({ code: 'RATIO_GAP', reason: 'FORM_BRACKETS_GAP', params, at, id: itemId }));
    }
  }
}

function checkUnitRatio(item: Item, scoring: UnitRatioDeductionScoring, errors: Problem[]): void {
  const itemId = item.id;
  const itemMax = formatPoints(item.maxPoints);
  duplicateIds(
    scoring.tiers.map((t) => t.id),
    'FORM_TERM_TIER',
    (id) => `unitTier:${itemId}/${id}`,
    errors,
    itemId,
  );
  if (!isUnit(scoring.unit)) {
    const params = { itemId, unit: scoring.unit, known: KNOWN_UNITS };
    errors.push(located({ code: 'UNKNOWN_UNIT', reason: 'FORM_UNIT_RATIO_UNKNOWN_UNIT', params, at: `item:${itemId}`, id: itemId }));
  }
  scoring.tiers.forEach((tier, index) => {
    const at = `unitTier:${itemId}/${tier.id}`;
    const earlier = scoring.tiers.slice(0, index).findIndex((before) => covers(before.when, tier.when));
    const earlierTier = scoring.tiers[earlier];
    if (earlierTier) {
      const params = { itemId, tier: tier.id, earlier: earlier + 1, earlierTier: earlierTier.id };
      errors.push(located({ code: 'RATIO_RANGE', reason: 'FORM_UNIT_TIER_UNREACHABLE', params, at, id: itemId }));
    }
    if (tier.points <= 0 || tier.points > item.maxPoints) {
      const params = { itemId, tier: tier.id, points: formatPoints(tier.points), itemMax };
      errors.push(located({ code: 'BAD_POINTS', reason: 'FORM_UNIT_TIER_POINTS', params, at, id: itemId }));
    }
    if (tier.when.kind === 'below' && tier.when.numerator > tier.when.denominator) {
      const params = { itemId, tier: tier.id, numerator: tier.when.numerator, denominator: tier.when.denominator };
      errors.push(located({ code: 'RATIO_RANGE', reason: 'FORM_UNIT_TIER_RATIO', params, at, id: itemId }));
    }
  });
}

/** True when every case `later` matches is already matched by `earlier` (none = 0, below = strictly under a fraction). */
function covers(earlier: UnitRatioTier['when'], later: UnitRatioTier['when']): boolean {
  if (later.kind === 'none') return earlier.kind === 'none' || earlier.numerator > 0;
  return earlier.kind === 'below' && earlier.numerator * later.denominator >= later.numerator * earlier.denominator;
}
