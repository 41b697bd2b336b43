import type { Template } from '../templates/types';
import type { Answers } from './answers';
import { formatPoints, sumPoints } from './points';
import type { PenaltyResult, VetoResult } from './result';

/** 倒扣分 (R-SD-03): every verified occurrence deducts the penalty's points from the total. */
export function penaltyResults(template: Template, answers: Answers): PenaltyResult[] {
  return template.penalties.map((penalty) => {
    const occurrences = answers.penalties?.[penalty.id] ?? [];
    const count = sumPoints(occurrences.map((o) => o.count ?? 1));
    const deducted = count * penalty.pointsPerOccurrence;
    return {
      penaltyId: penalty.id,
      count,
      deducted,
      notes: occurrences.flatMap((o) => (o.note ? [o.note] : [])),
      message: count === 0 ? `倒扣分项${penalty.id}：无` : `倒扣分项${penalty.id}：查实${count}次，扣${formatPoints(deducted)}分`,
    };
  });
}

/** 一票否决 answers in form order; null where not yet answered. */
export function vetoResults(template: Template, answers: Answers): VetoResult[] {
  return template.vetoes.map((veto) => {
    const answer = answers.vetoes?.[veto.id];
    const result: VetoResult = { vetoId: veto.id, text: veto.text, answer: answer?.answer ?? null };
    if (answer?.note) result.note = answer.note;
    return result;
  });
}
