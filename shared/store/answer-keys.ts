import { z } from 'zod';
import {
  itemAnswerSchema,
  occurrenceSchema,
  scoringContextSchema,
  vetoAnswerSchema,
  type AnswersInput,
  type ScoringContext,
} from '../domain/scoring/answers';
import { allItems } from '../domain/templates/walk';
import type { Template } from '../domain/templates/types';
import { AppError, argIssuesOf } from '../errors';

/**
 * Answers are stored one row per key so each autosave touches one row:
 *   <itemId>            an item's answer (itemAnswerSchema)
 *   veto:<vetoId>       一票否决 是/否 (vetoAnswerSchema)
 *   penalty:<penaltyId> 倒扣分 occurrences
 *   context             facts outside the form (scoringContextSchema)
 *   dismissedFindings   automatic findings the inspector did not adopt (dismissedFindingsSchema); not scored
 * answersFromRows() puts them back together as the scoring domain's Answers.
 */
export type AnswerKey =
  { kind: 'item'; id: string } | { kind: 'veto'; id: string } | { kind: 'penalty'; id: string } | { kind: 'context' } | { kind: 'dismissedFindings' };

/**
 * The automatic findings (R-DL-08, R-DL-09, R-INS-03 from the records) the inspector set aside, each as
 * `<rule>:<batchNo>`: the batch number, not a row id, so the entry means the same after a sync to the office.
 */
export const dismissedFindingsSchema = z.array(z.string().min(1).max(200)).max(1000);

export function parseAnswerKey(key: string): AnswerKey {
  if (key === 'context') return { kind: 'context' };
  if (key === 'dismissedFindings') return { kind: 'dismissedFindings' };
  if (key.startsWith('veto:')) return { kind: 'veto', id: key.slice(5) };
  if (key.startsWith('penalty:')) return { kind: 'penalty', id: key.slice(8) };
  return { kind: 'item', id: key };
}

/**
 * The context an inspection starts with: the filing year picks the 附件4 track of the outcome rules. Stored when the
 * inspection is created; a draft from before that shows it computed until the inspector's first change stores it.
 */
export function initialScoringContext(filing: { filingYear: number }): ScoringContext {
  return { filingYear: filing.filingYear };
}

/** Checks the key exists in the template and the answer has the shape the scoring domain reads; null clears. */
export function validateStoredAnswer(template: Template, key: string, answer: unknown): unknown {
  const parsed = parseAnswerKey(key);
  const known =
    parsed.kind === 'context' ||
    parsed.kind === 'dismissedFindings' ||
    (parsed.kind === 'item' && allItems(template).some((located) => located.item.id === parsed.id)) ||
    (parsed.kind === 'veto' && template.vetoes.some((veto) => veto.id === parsed.id)) ||
    (parsed.kind === 'penalty' && template.penalties.some((penalty) => penalty.id === parsed.id));
  if (!known) throw new AppError('UNKNOWN_ITEM', { template: template.title, key });
  if (answer === null) return null;
  const schema =
    parsed.kind === 'item'
      ? itemAnswerSchema
      : parsed.kind === 'veto'
        ? vetoAnswerSchema
        : parsed.kind === 'penalty'
          ? z.array(occurrenceSchema)
          : parsed.kind === 'dismissedFindings'
            ? dismissedFindingsSchema
            : scoringContextSchema;
  const result = schema.safeParse(answer);
  if (!result.success) {
    const [issue] = argIssuesOf(result.error);
    const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new AppError('INVALID_ANSWER', { reason: 'ANSWER_REASON_SHAPE', key, field, issue: issue?.code ?? 'ARG_INVALID', ...issue?.params });
  }
  return answer;
}

/** The stored rows of one inspection as the scoring domain's answers. Cleared (null) rows are left out. */
export function answersFromRows(template: Pick<Template, 'id' | 'version'>, rows: readonly { itemId: string; answer: unknown }[]): AnswersInput {
  const answers: AnswersInput = { templateId: template.id, templateVersion: template.version, items: {} };
  for (const row of rows) {
    if (row.answer === null) continue;
    const key = parseAnswerKey(row.itemId);
    if (key.kind === 'item') (answers.items ??= {})[key.id] = row.answer as never;
    else if (key.kind === 'veto') (answers.vetoes ??= {})[key.id] = row.answer as never;
    else if (key.kind === 'penalty') (answers.penalties ??= {})[key.id] = row.answer as never;
    else if (key.kind === 'context') answers.context = row.answer as never;
  }
  return answers;
}
