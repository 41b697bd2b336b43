import type { ErrorParams } from '../../errors/translate';

/**
 * Why a value was refused: a registry code (shared/errors/codes/import-rows.ts) and its values, worded where it is
 * shown — the window in its language, the CLI in its own — with `errorText(reason.code, reason.params, language)`.
 */
export interface RowReason {
  code: string;
  params?: ErrorParams;
}

/** What every validator returns: the normalised value, or why it was refused. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; reason: RowReason };

export function valid<T>(value: T): ValidationResult<T> {
  return { ok: true, value };
}

export function invalid<T = never>(code: string, params?: ErrorParams): ValidationResult<T> {
  return { ok: false, reason: params ? { code, params } : { code } };
}

/** Full-width ASCII (ＡＢＣ１２３－) to half-width and surrounding blanks removed: how codes arrive from Word/Excel. */
export function normalizeCodeText(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\u3000\s]/g, '');
}
