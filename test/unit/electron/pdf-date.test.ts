import { describe, expect, it } from 'vitest';
import { parsePdfDate } from '../../../electron/services/signing/pdf-date';

describe('parsePdfDate (a PAdES signature’s /M)', () => {
  it('reads UTC, offset and partial dates', () => {
    expect(parsePdfDate('D:20261120023000Z')?.toISOString()).toBe('2026-11-20T02:30:00.000Z');
    expect(parsePdfDate("D:20261120103000+08'00'")?.toISOString()).toBe('2026-11-20T02:30:00.000Z');
    expect(parsePdfDate("D:20261119213000-05'00")?.toISOString()).toBe('2026-11-20T02:30:00.000Z');
    expect(parsePdfDate('D:2026')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('is null for anything else', () => {
    for (const text of ['', '20261120023000Z', 'D:20261320', 'D:20260231', 'D:20261120250000Z', 'D:2026112002300Zx', 'yesterday'])
      expect(parsePdfDate(text), text).toBeNull();
  });
});
