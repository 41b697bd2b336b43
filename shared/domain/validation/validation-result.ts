/** What every validator returns: the normalised value, or a reason in plain Chinese for the user. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function valid<T>(value: T): ValidationResult<T> {
  return { ok: true, value };
}

export function invalid<T = never>(reason: string): ValidationResult<T> {
  return { ok: false, reason };
}

/** Full-width ASCII (ＡＢＣ１２３－) to half-width and surrounding blanks removed: how codes arrive from Word/Excel. */
export function normalizeCodeText(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\u3000\s]/g, '');
}
