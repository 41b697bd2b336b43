import type { ItemAnswer, Occurrence } from '../../../../shared/domain/scoring';

/** The stored answer of an item as the scoring domain reads it (the store validated its shape on save). */
export function itemAnswerOf(answers: Record<string, unknown>, itemId: string): ItemAnswer | undefined {
  const answer = answers[itemId];
  return answer && typeof answer === 'object' ? (answer as ItemAnswer) : undefined;
}

/** Adds one finding under a rule, keeping the rest of the answer. */
export function withOccurrence(answer: ItemAnswer | undefined, ruleId: string, occurrence: Occurrence): ItemAnswer {
  const deductions = { ...(answer?.deductions ?? {}) };
  deductions[ruleId] = [...(deductions[ruleId] ?? []), occurrence];
  return { ...answer, deductions };
}

/** Replaces a rule's findings; a rule without findings is dropped so the stored answer stays small. */
export function withRuleOccurrences(answer: ItemAnswer | undefined, ruleId: string, occurrences: Occurrence[]): ItemAnswer {
  const deductions = { ...(answer?.deductions ?? {}) };
  if (occurrences.length > 0) deductions[ruleId] = occurrences;
  else delete deductions[ruleId];
  return { ...answer, deductions };
}

export function hasOccurrence(answer: ItemAnswer | undefined, ruleId: string, unitId: string): boolean {
  return (answer?.deductions?.[ruleId] ?? []).some((o) => o.unit?.id === unitId);
}
