import { compareDates, formatIsoDate, parseIsoDate, type IsoDate } from '../deadlines/plain-date';
import { normalizeCodeText, invalid, valid, type ValidationResult } from './validation-result';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** GB 11643-1999 check character for the first 17 digits; null when they are not 17 digits. */
export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK_CHARS[sum % 11] as string;
}

export interface IdCardNumber {
  number: string;
  birthDate: IsoDate;
  /** The 17th digit: odd for men, even for women. */
  sex: 'male' | 'female';
}

/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character (0–9 or X), with a real birth date.
 * `today` (YYYY-MM-DD), when given, also rejects birth dates in the future.
 */
export function validateIdCardNumber(input: string, today?: IsoDate): ValidationResult<IdCardNumber> {
  const number = normalizeCodeText(input).toUpperCase();
  if (number.length === 0) return invalid('ROW_ID_EMPTY');
  if (number.length === 15 && /^\d{15}$/.test(number)) return invalid('ROW_ID_OLD_15');
  if (number.length !== 18) return invalid('ROW_ID_LENGTH', { length: number.length });
  if (!/^\d{17}[\dX]$/.test(number)) return invalid('ROW_ID_CHARACTERS');
  if (number[0] === '0') return invalid('ROW_ID_REGION');
  const birth = parseIsoDate(`${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`);
  if (!birth || birth.year < 1900) return invalid('ROW_ID_BIRTH_INVALID', { birth: number.slice(6, 14) });
  const birthDate = formatIsoDate(birth);
  if (today !== undefined && compareDates(birthDate, today) > 0) {
    return invalid('ROW_ID_BIRTH_FUTURE', { birth: birthDate });
  }
  const expected = idCardCheckChar(number.slice(0, 17));
  if (number[17] !== expected) return invalid('ROW_ID_CHECK_DIGIT', { expected: expected ?? '', actual: number[17] ?? '' });
  return valid({ number, birthDate, sex: Number(number[16]) % 2 === 1 ? 'male' : 'female' });
}

/** Shows the first 4 and last 4 characters: 1401**********123X. Short inputs are fully masked. */
export function maskIdNumber(input: string): string {
  const text = normalizeCodeText(input).toUpperCase();
  if (text.length <= 8) return '*'.repeat(text.length);
  return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
}
