import type { RowReason } from '../../shared/domain/validation/validation-result';
import { errorText, type ErrorLanguage } from '../../shared/errors';

/** A row reason (registry code and values) as the window or the CLI words it. */
export function reasonWords(reason: RowReason, language: ErrorLanguage = 'zh-CN'): string {
  return errorText(reason.code, reason.params, language);
}

/** Row errors with their reasons worded, to compare with the sentences a user reads. */
export function wordedRowErrors<E extends { reason: RowReason }>(errors: readonly E[], language: ErrorLanguage = 'zh-CN') {
  return errors.map((error) => ({ ...error, reason: reasonWords(error.reason, language) }));
}
