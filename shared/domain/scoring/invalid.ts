import { AppError } from '../../errors';
import { parsePoints, type Hundredths } from './points';

/** Impossible answers end scoring with this code; the message names the item (or field). */
export const INVALID_ANSWER = 'INVALID_ANSWER';

export function invalidAnswer(where: string, reason: string, field?: string): AppError {
  return new AppError(INVALID_ANSWER, `${where}：${reason}`, field === undefined ? { where } : { where, field });
}

export function itemLabel(itemId: string): string {
  return `第${itemId}项`;
}

/** Reads a decimal answer (3.5, "0.4") as hundredths or throws INVALID_ANSWER. */
export function answerPoints(value: number | string, where: string, field: string): Hundredths {
  const points = parsePoints(value);
  if (points === null) throw invalidAnswer(where, `${field}“${String(value)}”不是有效分数（最多两位小数）`, field);
  return points;
}
