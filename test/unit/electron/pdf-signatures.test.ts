import { describe, expect, it } from 'vitest';
import { readString } from '../../../electron/services/signing/pdf-signatures';

describe('signature dictionary texts', () => {
  it('reads UTF-16 hex and PDF literal strings', () => {
    expect(readString('/Name <FEFF5F204E09>', 'Name')).toBe('张三');
    expect(readString('/Reason (a\\(b\\))', 'Reason')).toBe('a(b)');
  });

  it('an odd number of UTF-16 bytes (a damaged file) drops the half character instead of throwing', () => {
    expect(readString('/Name <FEFF5F204E>', 'Name')).toBe('张');
  });
});
