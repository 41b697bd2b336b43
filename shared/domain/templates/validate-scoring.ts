import { formatPoints } from '../scoring/points';
import { problem, type Problem } from './problems';
import { DEDUCTION_UNITS, type Item, type PercentBound, type RatioBracketScoring, type UnitRatioDeductionScoring } from './types';

// Checks of one item's scoring data. Each returns errors and warnings about that item.

export interface ItemChecks {
  errors: Problem[];
  warnings: Problem[];
}

export function checkItemScoring(item: Item, itemsById: ReadonlyMap<string, Item>): ItemChecks {
  const checks: ItemChecks = { errors: [], warnings: [] };
  const at = `第${item.id}项`;
  if (item.maxPoints <= 0) checks.errors.push(problem('BAD_POINTS', `${at}：最高分必须大于0`, item.id));
  const scoring = item.scoring;
  switch (scoring.kind) {
    case 'tiered': {
      duplicates(
        scoring.tiers.map((t) => t.id),
        `${at}的档次`,
        item.id,
        checks.errors,
      );
      for (const tier of scoring.tiers) {
        if (tier.min > tier.max || tier.min < 0 || tier.max > item.maxPoints) {
          checks.errors.push(
            problem(
              'TIER_OUTSIDE_MAX',
              `${at}：档次“${tier.id}”的分值 ${formatPoints(tier.min)}–${formatPoints(tier.max)} 超出 0–${formatPoints(item.maxPoints)} 或上下限颠倒`,
              item.id,
            ),
          );
        }
      }
      if (!scoring.tiers.some((t) => t.max === item.maxPoints)) {
        checks.warnings.push(problem('NO_FULL_MARKS', `${at}：没有能得满分（${formatPoints(item.maxPoints)}分）的档次`, item.id));
      }
      break;
    }
    case 'deduction': {
      duplicates(
        scoring.rules.map((r) => r.id),
        `${at}的扣分规则`,
        item.id,
        checks.errors,
      );
      const sharedIds = new Set([item.id, ...scoring.sharedWithItemIds]);
      for (const rule of scoring.rules) {
        if (rule.points <= 0) checks.errors.push(problem('BAD_POINTS', `${at}：扣分规则“${rule.id}”的扣分必须大于0`, item.id));
        if (!(DEDUCTION_UNITS as readonly string[]).includes(rule.per)) {
          checks.errors.push(
            problem('UNKNOWN_UNIT', `${at}：扣分规则“${rule.id}”的计扣单位“${rule.per}”无法识别（应为 ${DEDUCTION_UNITS.join(' / ')}）`, item.id),
          );
        }
        if (rule.attributedItemId !== undefined && !sharedIds.has(rule.attributedItemId)) {
          checks.errors.push(
            problem('BAD_REFERENCE', `${at}：扣分规则“${rule.id}”归属的项目“${rule.attributedItemId}”不在合并评分的项目中`, item.id),
          );
        }
      }
      for (const sharedId of scoring.sharedWithItemIds) {
        const shared = itemsById.get(sharedId);
        if (shared?.scoring.kind !== 'shared' || shared.scoring.leadItemId !== item.id) {
          checks.errors.push(problem('BAD_REFERENCE', `${at}：合并评分的项目“${sharedId}”不存在或未指回本项`, item.id));
        }
      }
      break;
    }
    case 'shared': {
      const lead = itemsById.get(scoring.leadItemId);
      if (lead?.scoring.kind !== 'deduction' || !lead.scoring.sharedWithItemIds.includes(item.id)) {
        checks.errors.push(problem('BAD_REFERENCE', `${at}：合并评分的主项目“${scoring.leadItemId}”不存在或未列出本项`, item.id));
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

export function duplicates(ids: readonly string[], what: string, ownerId: string | undefined, out: Problem[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) out.push(problem('DUPLICATE_ID', `${what}编号“${id}”重复`, ownerId ?? id));
    seen.add(id);
  }
}

function boundText(bound: PercentBound): string {
  return `${bound.percent}%（${bound.inclusive ? '含' : '不含'}）`;
}

/** Brackets must tile 0 %–100 % exactly: each bound shared by two neighbours belongs to exactly one. */
function checkBrackets(item: Item, scoring: RatioBracketScoring, errors: Problem[]): void {
  const at = `第${item.id}项`;
  duplicates(
    scoring.brackets.map((b) => b.id),
    `${at}的比例区间`,
    item.id,
    errors,
  );
  const sorted = [...scoring.brackets].sort((a, b) => a.from.percent - b.from.percent || Number(b.from.inclusive) - Number(a.from.inclusive));
  for (const bracket of sorted) {
    const { from, to } = bracket;
    const empty = from.percent > to.percent || (from.percent === to.percent && !(from.inclusive && to.inclusive));
    if (from.percent < 0 || to.percent > 100 || empty) {
      errors.push(problem('RATIO_RANGE', `${at}：区间“${bracket.id}”的范围 ${boundText(from)}–${boundText(to)} 不在0%–100%之内或为空`, item.id));
    }
    if (bracket.points < 0 || bracket.points > item.maxPoints) {
      errors.push(
        problem(
          'TIER_OUTSIDE_MAX',
          `${at}：区间“${bracket.id}”的得分 ${formatPoints(bracket.points)} 超出 0–${formatPoints(item.maxPoints)}`,
          item.id,
        ),
      );
    }
  }
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && !(first.from.percent === 0 && first.from.inclusive)) {
    errors.push(problem('RATIO_GAP', `${at}：比例区间没有覆盖0%`, item.id));
  }
  if (last && !(last.to.percent === 100 && last.to.inclusive)) {
    errors.push(problem('RATIO_GAP', `${at}：比例区间没有覆盖100%`, item.id));
  }
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const next = sorted[i];
    if (!previous || !next) continue;
    const between = `区间“${previous.id}”与“${next.id}”之间`;
    if (previous.to.percent > next.from.percent || (previous.to.percent === next.from.percent && previous.to.inclusive && next.from.inclusive)) {
      errors.push(problem('RATIO_OVERLAP', `${at}：${between}重叠（${boundText(previous.to)} / ${boundText(next.from)}）`, item.id));
    } else if (previous.to.percent < next.from.percent || (!previous.to.inclusive && !next.from.inclusive)) {
      errors.push(problem('RATIO_GAP', `${at}：${between}有空档（${boundText(previous.to)} / ${boundText(next.from)}）`, item.id));
    }
  }
}

function checkUnitRatio(item: Item, scoring: UnitRatioDeductionScoring, errors: Problem[]): void {
  const at = `第${item.id}项`;
  duplicates(
    scoring.tiers.map((t) => t.id),
    `${at}的档次`,
    item.id,
    errors,
  );
  if (!(DEDUCTION_UNITS as readonly string[]).includes(scoring.unit)) {
    errors.push(problem('UNKNOWN_UNIT', `${at}：计扣单位“${scoring.unit}”无法识别`, item.id));
  }
  for (const tier of scoring.tiers) {
    if (tier.points <= 0 || tier.points > item.maxPoints) {
      errors.push(
        problem(
          'BAD_POINTS',
          `${at}：档次“${tier.id}”的扣分 ${formatPoints(tier.points)} 应在 0–${formatPoints(item.maxPoints)} 之间且大于0`,
          item.id,
        ),
      );
    }
    if (tier.when.kind === 'below' && tier.when.numerator > tier.when.denominator) {
      errors.push(problem('RATIO_RANGE', `${at}：档次“${tier.id}”的比例 ${tier.when.numerator}/${tier.when.denominator} 大于1`, item.id));
    }
  }
}
