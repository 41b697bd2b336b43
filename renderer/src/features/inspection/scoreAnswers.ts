import { score, type ScoreResult } from '../../../../shared/domain/scoring';
import type { Template } from '../../../../shared/domain/templates/types';
import { answersFromRows } from '../../../../shared/store/answer-keys';
import { errorMessage } from '../../lib/call';

export type ScoreOutcome = { ok: true; result: ScoreResult } | { ok: false; message: string };

/** The live score of the stored answers; an impossible answer is reported, never thrown at the screen. */
export function scoreAnswers(template: Template, answers: Record<string, unknown>): ScoreOutcome {
  const rows = Object.entries(answers).map(([itemId, answer]) => ({ itemId, answer }));
  try {
    return { ok: true, result: score(template, answersFromRows(template, rows)) };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}
