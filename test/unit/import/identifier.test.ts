import { describe, expect, it } from 'vitest';
import { normalizeIdentifier, validateFilingNo } from '../../../shared/domain/validation';

describe('identifiers typed by people', () => {
  it.each([
    ['Ｃ－００１', 'C-001'],
    ['\u3000C-001 ', 'C-001'],
    ['C–001', 'C-001'],
    ['晋人社  备 2020', '晋人社 备 2020'],
  ])('%j is stored as %j', (typed, stored) => {
    expect(normalizeIdentifier(typed)).toBe(stored);
  });

  it('the length limit counts the normalised form', () => {
    expect(validateFilingNo(` ${'Ａ'.repeat(60)} `)).toEqual({ ok: true, value: 'A'.repeat(60) });
    expect(validateFilingNo('A'.repeat(61))).toEqual({ ok: false, reason: { code: 'ROW_TOO_LONG', params: { length: 61, max: 60 } } });
  });
});
