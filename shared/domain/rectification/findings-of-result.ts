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
 * What a rectification lists (R-YQ-06), in the form's order: every item that lost points (its number and content as
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
  return [...deductions, ...penalties, ...vetoes];
}
