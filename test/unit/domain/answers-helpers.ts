import type { AnswersInput, ItemAnswer } from '../../../shared/domain/scoring';
import { allItems, type Template } from '../../../shared/domain/templates';

/** The answer giving an item its full points (shared rows need none). */
export function fullMarksAnswer(template: Template, itemId: string): ItemAnswer | undefined {
  const located = allItems(template).find((l) => l.item.id === itemId);
  if (!located) throw new Error(`no item ${itemId}`);
  const scoring = located.item.scoring;
  switch (scoring.kind) {
    case 'tiered':
      return { tier: scoring.tiers.find((t) => t.max === located.item.maxPoints)?.id ?? '1' };
    case 'deduction':
      return { deductions: {} };
    case 'shared':
      return undefined;
    case 'ratioBracket':
      return { issued: 10, uploaded: 10 };
    case 'unitRatioDeduction':
      return { units: [] };
  }
}

/** Full marks everywhere, every veto 否, then the overrides. */
export function answersWith(template: Template, overrides: Record<string, ItemAnswer> = {}, extra: Partial<AnswersInput> = {}): AnswersInput {
  const items: Record<string, ItemAnswer> = {};
  for (const { item } of allItems(template)) {
    const answer = fullMarksAnswer(template, item.id);
    if (answer) items[item.id] = answer;
  }
  return {
    templateId: template.id,
    items: { ...items, ...overrides },
    vetoes: Object.fromEntries(template.vetoes.map((v) => [v.id, { answer: '否' as const }])),
    ...extra,
  };
}
