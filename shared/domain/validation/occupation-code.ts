import { normalizeCodeText, invalid, valid, type ValidationResult } from './validation-result';

export interface OccupationCode {
  /** Normalised code as written on forms: 4-10-01-02, or 4-10-01-02-01 for a work type (工种). */
  code: string;
  /** The occupation (职业) part: the first four segments. */
  occupationCode: string;
  /** Two-digit work-type (工种) suffix, or null for an occupation code. */
  workType: string | null;
  /** 大类 1–8 of the 职业分类大典. */
  majorGroup: number;
}

const DASHED = /^([1-8])-(\d{2})-(\d{2})-(\d{2})(?:-(\d{2}))?$/;
const COMPACT = /^([1-8])(\d{2})(\d{2})(\d{2})(\d{2})?$/;

/**
 * 职业编码 of the 职业分类大典: 大类-中类-小类-细类 (1-2-2-2 digits, e.g. 4-10-01-02, 育婴员). A fifth two-digit
 * segment names a work type (工种) within the occupation (4-10-01-02-01). The seeds quote no codes; forms print
 * the dashed form, so it is the normal form; compact digits (4100102) and full-width or long dashes are accepted.
 */
export function validateOccupationCode(input: string): ValidationResult<OccupationCode> {
  const text = normalizeCodeText(input).replace(/[‐‑‒–—―−]/g, '-');
  if (text === '') return invalid('ROW_OCCUPATION_EMPTY');
  const match = DASHED.exec(text) ?? COMPACT.exec(text);
  if (!match) {
    return invalid('ROW_OCCUPATION_FORMAT', { text: input.trim() });
  }
  const [, major, middle, minor, unit, workType] = match as unknown as [string, string, string, string, string, string | undefined];
  const occupationCode = `${major}-${middle}-${minor}-${unit}`;
  return valid({
    code: workType === undefined ? occupationCode : `${occupationCode}-${workType}`,
    occupationCode,
    workType: workType ?? null,
    majorGroup: Number(major),
  });
}
