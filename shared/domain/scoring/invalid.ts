import { AppError, type ErrorParams } from '../../errors';
import { parsePoints, type Hundredths } from './points';

/** Impossible answers end scoring with this code; the message names the item (or field). */
export const INVALID_ANSWER = 'INVALID_ANSWER';

/** Where in the answers a problem is: an item (worded by the registry) or a field path such as `items.9.9`. */
export type Where = { where: 'SCORING_AT_ITEM'; itemId: string } | { where: string };

/**
 * `problem` is a registry code (SCORING_… in shared/errors/codes/domain.ts) and `params` its values; the sentence
 * reads "第2.2项：…" / "item 2.2: …".
 */
export function invalidAnswer(where: Where, problem: string, params: ErrorParams, field?: string): AppError {
  const place = 'itemId' in where ? where.itemId : where.where;
  return new AppError(
    INVALID_ANSWER,
    { reason: 'SCORING_REASON_AT', ...params, ...where, problem },
    field === undefined ? { where: place } : { where: place, field },
  );
}

export function itemLabel(itemId: string): Where {
  return { where: 'SCORING_AT_ITEM', itemId };
}

/** Reads a decimal answer (3.5, "0.4") as hundredths or throws INVALID_ANSWER; `label` is a registry term. */
export function answerPoints(value: number | string, where: Where, label: 'TERM_SCORE_POINTS' | 'TERM_SELF_SCORE', field: string): Hundredths {
  const points = parsePoints(value);
  if (points === null) throw invalidAnswer(where, 'SCORING_NOT_POINTS', { label, value: String(value) }, field);
  return points;
}
