import type { AnswerRecord } from '../../../../shared/store/records';
import type { Template } from '../../../../shared/domain/templates/types';

/**
 * The store keeps one row per answered key of an inspection. Rows named after a template item are item answers;
 * the reserved keys `vetoes`, `penalties` and `context` hold those parts of the answers document whole
 * (docs/answers-format.md). Anything else is ignored here rather than failing a printout.
 */
export function answersFromRows(template: Template, rows: readonly AnswerRecord[]): Record<string, unknown> {
  const itemIds = new Set(template.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id))));
  const items: Record<string, unknown> = {};
  const answers: Record<string, unknown> = { templateId: template.id, items };
  for (const row of rows) {
    if (itemIds.has(row.itemId)) items[row.itemId] = row.answer;
    else if (row.itemId === 'vetoes' || row.itemId === 'penalties' || row.itemId === 'context') answers[row.itemId] = row.answer;
  }
  return answers;
}
