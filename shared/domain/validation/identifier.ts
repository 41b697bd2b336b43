import { invalid, valid, type ValidationResult } from './validation-result';

// Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus: how "-" arrives from Word.
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * An identifier typed by people (机构备案号, 批次编号) in one form, so that the same one typed with full-width
 * characters (Ｃ－００１), another dash or surrounding blanks is matched, not stored a second time: NFKC, dashes to
 * "-", blanks trimmed and runs of blanks to one. (USCC and ID numbers have their own validators, which normalise too.)
 */
export function normalizeIdentifier(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/** `term` names the field in the registry's words (TERM_ROW_…). */
function validateIdentifier(input: string, term: string, max: number): ValidationResult<string> {
  const identifier = normalizeIdentifier(input);
  if (identifier.length === 0) return invalid('ROW_IDENTIFIER_EMPTY', { field: term });
  if (identifier.length > max) return invalid('ROW_TOO_LONG', { length: identifier.length, max });
  return valid(identifier);
}

export const validateFilingNo = (input: string): ValidationResult<string> => validateIdentifier(input, 'TERM_ROW_FILING_NO', 60);

export const validateBatchNo = (input: string): ValidationResult<string> => validateIdentifier(input, 'TERM_ROW_BATCH_NO', 60);
