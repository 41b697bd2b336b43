import type { ScoreResult, TraceEntry } from '../scoring/result';
import { allItems } from '../templates/walk';
import type { Template } from '../templates/types';
import type { RectificationFinding } from './types';

/** A finding the inspector recorded against an item (db findings table): its text joins that item's notes. */
export interface RecordedFindingNote {
  itemId: string;
  description: string;
}

const distinct = (notes: (string | undefined | null)[]): string[] => [
  ...new Set(notes.flatMap((note) => (typeof note === 'string' && note.trim() !== '' ? [note.trim()] : []))),
];

const traceNotes = (trace: readonly TraceEntry[]): (string | undefined)[] =>
  trace.flatMap((entry) => (entry.kind === 'deduction' && entry.deducted > 0 ? [entry.note] : []));

/**
 * The form's own situations that ordered a rectification (R-YQ-06 §四(二)1–2: 审计问题整改不到位, 法人登记证明失效): each
 * outcome rule that matched, orders a rectification and is decided by a context fact. Matched rules are recognised by
 * rule id, reason and source (several rules share an id).
 */
function conditionFindings(template: Template, result: ScoreResult): RectificationFinding[] {
  const matched = new Set(result.outcome.matched.map((m) => `${m.ruleId}\u0000${m.reason}\u0000${m.source}`));
  const labels = new Map((template.contextFacts ?? []).map((fact) => [fact.id, fact.label]));
  const seen = new Set<string>();
  return template.outcome.rules.flatMap((rule): RectificationFinding[] => {
    if (rule.when.kind !== 'contextFlag' || !rule.rectification || !matched.has(`${rule.ruleId}\u0000${rule.reason}\u0000${rule.source}`)) return [];
    const flag = rule.when.flag;
    if (seen.has(flag)) return [];
    seen.add(flag);
    return [
      { key: `fact:${flag}`, kind: 'condition', refId: flag, label: labels.get(flag) ?? flag, pointsLostHundredths: null, notes: [rule.reason] },
    ];
  });
}

/**
 * What a rectification lists (R-YQ-06), in the form's order: the situations that ordered it, every item that lost points (its number and content as
 * the form version words them), every 倒扣分 that applied, every veto answered 是 — each with the inspector's notes.
 */
export function findingsOfResult(template: Template, result: ScoreResult, recorded: readonly RecordedFindingNote[] = []): RectificationFinding[] {
  const results = new Map(result.items.map((item) => [item.itemId, item]));
  const deductions = allItems(template).flatMap(({ item }): RectificationFinding[] => {
    const scored = results.get(item.id);
    if (!scored || scored.status !== 'scored' || scored.points === null) return [];
    const lost = item.maxPoints - scored.points;
    if (lost <= 0) return [];
    const notes = distinct([...traceNotes(scored.trace), scored.note, ...recorded.filter((r) => r.itemId === item.id).map((r) => r.description)]);
    return [{ key: `item:${item.id}`, kind: 'deduction', refId: item.id, label: `${item.id} ${item.content}`, pointsLostHundredths: lost, notes }];
  });
  const penaltyResults = new Map(result.penalties.map((penalty) => [penalty.penaltyId, penalty]));
  const penalties = template.penalties.flatMap((penalty): RectificationFinding[] => {
    const applied = penaltyResults.get(penalty.id);
    if (!applied || applied.deducted <= 0) return [];
    return [
      {
        key: `penalty:${penalty.id}`,
        kind: 'penalty',
        refId: penalty.id,
        label: penalty.content,
        pointsLostHundredths: applied.deducted,
        notes: distinct(applied.notes),
      },
    ];
  });
  const vetoResults = new Map(result.vetoes.map((veto) => [veto.vetoId, veto]));
  const vetoes = template.vetoes.flatMap((veto): RectificationFinding[] => {
    const answered = vetoResults.get(veto.id);
    if (answered?.answer !== '是') return [];
    return [{ key: `veto:${veto.id}`, kind: 'veto', refId: veto.id, label: veto.text, pointsLostHundredths: null, notes: distinct([answered.note]) }];
  });
  return [...conditionFindings(template, result), ...deductions, ...penalties, ...vetoes];
}
