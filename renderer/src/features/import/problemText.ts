import type { RowReason } from '../../../../shared/domain/validation/validation-result';
import { errorText, type ErrorLanguage } from '../../../../shared/errors';

/** Why a row was refused, in the window's language (the reason is a registry code from main). */
export function reasonText(reason: RowReason, language: ErrorLanguage): string {
  return errorText(reason.code, reason.params, language);
}

/**
 * A row problem as "列名：原因", shown without repeating the column when the reason already names it
 * ("统一社会信用代码校验位错误…" rather than "统一社会信用代码：统一社会信用代码校验位错误…").
 */
export function problemText(problem: { column: string; reason: RowReason }, language: ErrorLanguage): string {
  const reason = reasonText(problem.reason, language);
  if (problem.column === '' || reason.startsWith(problem.column)) return reason;
  return language === 'en' ? `${problem.column}: ${reason}` : `${problem.column}：${reason}`;
}
