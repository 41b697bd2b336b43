import { normalizeCodeText, invalid, valid, type ValidationResult } from './validation-result';

/** GB 32100-2015 character set: digits and capital letters without I, O, Z, S, V (31 characters). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_LENGTH = 18;
/** Weight of position i (0-based) is 3^i mod 31. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (18th) for the first 17 characters; null when they are not 17 valid characters. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== USCC_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = USCC_CHARSET.indexOf(first17[i] as string);
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] as number);
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31] as string;
}

/** 统一社会信用代码 (R-INS-02): 18 characters, GB 32100-2015 charset and check character. Lower case is accepted. */
export function validateUscc(input: string): ValidationResult<string> {
  const code = normalizeCodeText(input).toUpperCase();
  if (code.length === 0) return invalid('ROW_USCC_EMPTY');
  if (code.length !== USCC_LENGTH) return invalid('ROW_USCC_LENGTH', { length: code.length });
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (!USCC_CHARSET.includes(ch)) {
      return invalid('IOZSV'.includes(ch) ? 'ROW_USCC_CHARACTER_EXCLUDED' : 'ROW_USCC_CHARACTER', { position: i + 1, character: ch });
    }
  }
  const expected = usccCheckChar(code.slice(0, USCC_LENGTH - 1));
  if (code[USCC_LENGTH - 1] !== expected) {
    return invalid('ROW_USCC_CHECK_DIGIT', { expected: expected ?? '', actual: code[USCC_LENGTH - 1] ?? '' });
  }
  return valid(code);
}
