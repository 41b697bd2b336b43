import type { DeductionRule, DeductionScoring, Item } from '../templates/types';
import type { ItemAnswer, Occurrence } from './answers';
import { floorAtZero } from './floor';
import { invalidAnswer, itemLabel } from './invalid';
import { UNANSWERED, type ItemScore } from './item-score';
import { formatPoints, sumPoints, type Hundredths } from './points';
import type { TraceEntry } from './result';

type DeductionTrace = Extract<TraceEntry, { kind: 'deduction' }>;

const UNIT_KINDS_COUNTED_ONCE = new Set(['batch', 'occupation']);

/** Chinese names of the usual unit kinds, for trace messages; other kinds are shown as given. */
const UNIT_LABELS: Record<string, string> = { batch: '批次', occupation: '职业（工种）', candidate: '考生', year: '年度', element: '项' };

/** Turns the findings under one rule into trace entries, counting each as the rule's unit says. */
function deductionsForRule(itemId: string, rule: DeductionRule, occurrences: readonly Occurrence[]): DeductionTrace[] {
  const where = itemLabel(itemId);
  const seenUnits = new Set<string>();
  let findingCounted = false;
  return occurrences.map((occurrence) => {
    const count = occurrence.count ?? 1;
    const unit = occurrence.unit;
    let counted = count;
    let why = '';
    if (rule.per === 'finding') {
      counted = findingCounted ? 0 : 1;
      findingCounted = true;
      if (count > 1 || counted === 0) why = '（该情形只扣一次）';
    } else if (UNIT_KINDS_COUNTED_ONCE.has(rule.per) && unit) {
      if (unit.kind !== rule.per) {
        throw invalidAnswer(where, 'SCORING_UNIT_KIND_MISMATCH', { rule: rule.id, per: rule.per, unitKind: unit.kind }, `deductions.${rule.id}`);
      }
      counted = seenUnits.has(unit.id) ? 0 : 1;
      seenUnits.add(unit.id);
      if (count > 1 || counted === 0) why = '（每个单位只扣一次）';
    }
    const deducted = counted * rule.points;
    const at = unit ? `${UNIT_LABELS[unit.kind] ?? unit.kind}“${unit.id}”` : '';
    const entry: DeductionTrace = {
      kind: 'deduction',
      ruleId: rule.id,
      ruleText: rule.text,
      per: rule.per,
      count,
      counted,
      deducted,
      message: `“${rule.text}”${at}${count}处，扣${formatPoints(deducted)}分${why}`,
    };
    if (unit) entry.unit = { kind: unit.kind, id: unit.id };
    if (occurrence.note) entry.note = occurrence.note;
    if (rule.attributedItemId) entry.attributedItemId = rule.attributedItemId;
    return entry;
  });
}

function collectDeductions(item: Item, scoring: DeductionScoring, answer: ItemAnswer): DeductionTrace[] | null {
  if (answer.deductions === undefined) return null;
  const trace: DeductionTrace[] = [];
  for (const [ruleId, occurrences] of Object.entries(answer.deductions)) {
    const rule = scoring.rules.find((r) => r.id === ruleId);
    if (!rule) {
      const known = scoring.rules.map((r) => `${r.id}（${r.text}）`).join('、');
      throw invalidAnswer(itemLabel(item.id), 'SCORING_UNKNOWN_RULE', { rule: ruleId, known }, `deductions.${ruleId}`);
    }
    trace.push(...deductionsForRule(item.id, rule, occurrences));
  }
  return trace;
}

/** 扣分 on one item: maximum minus deductions, floored at 0. */
export function scoreDeduction(item: Item, scoring: DeductionScoring, answer: ItemAnswer): ItemScore {
  const trace = collectDeductions(item, scoring, answer);
  if (trace === null) return UNANSWERED;
  const deductedTotal = sumPoints(trace.map((t) => t.deducted));
  const { points, floorTrace } = floorAtZero(item.maxPoints, deductedTotal, scoring.floorStatedInText);
  return { status: 'scored', points, trace: floorTrace ? [...trace, floorTrace] : trace };
}

/**
 * Rows judged together (e.g. 3.3.1 + 3.3.2): one rule set, one floor over their summed maximum.
 * Each deduction is shown against its attributed row; what exceeds a row spills onto the others in form order.
 */
export function scoreSharedDeduction(lead: Item, scoring: DeductionScoring, rows: readonly Item[], answer: ItemAnswer): Map<string, ItemScore> {
  const results = new Map<string, ItemScore>();
  const trace = collectDeductions(lead, scoring, answer);
  if (trace === null) {
    for (const row of rows) results.set(row.id, UNANSWERED);
    return results;
  }
  const jointMax = sumPoints(rows.map((r) => r.maxPoints));
  const deductedTotal = sumPoints(trace.map((t) => t.deducted));
  const { points: jointPoints, floorTrace } = floorAtZero(jointMax, deductedTotal, scoring.floorStatedInText);

  const attributed = new Map<string, Hundredths>(rows.map((r) => [r.id, 0]));
  for (const entry of trace) {
    const target = entry.attributedItemId ?? lead.id;
    attributed.set(target, (attributed.get(target) ?? 0) + entry.deducted);
  }
  let spill = 0;
  const own = rows.map((row) => {
    const deducted = attributed.get(row.id) ?? 0;
    spill += Math.max(0, deducted - row.maxPoints);
    return Math.max(0, row.maxPoints - deducted);
  });
  const ids = rows.map((r) => r.id);
  const shared: TraceEntry = {
    kind: 'shared',
    leadItemId: lead.id,
    itemIds: ids,
    jointPoints,
    jointMax,
    message: `${ids.join('、')}合并评分（同一评分标准，扣完为止），合计${formatPoints(jointPoints)}/${formatPoints(jointMax)}分`,
  };
  rows.forEach((row, index) => {
    let points = own[index] ?? 0;
    const taken = Math.min(points, spill);
    points -= taken;
    spill -= taken;
    const rowTrace: TraceEntry[] = [shared, ...trace.filter((t) => (t.attributedItemId ?? lead.id) === row.id)];
    if (taken > 0) rowTrace.push({ kind: 'note', message: `其他行超出的扣分${formatPoints(taken)}分由本行承担` });
    if (floorTrace && index === 0) rowTrace.push(floorTrace);
    results.set(row.id, { status: 'scored', points, trace: rowTrace });
  });
  return results;
}
