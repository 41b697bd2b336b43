import { describe, expect, it } from 'vitest';
import { entrySizeBreach, ZipSizeBudget } from '../../../electron/services/zip/size-limits';

const limits = { maxEntryBytes: 1000, maxTotalBytes: 1500, maxCompressionRatio: 10, ratioExemptBytes: 100 };

describe('zip size limits (sync packages and workbooks)', () => {
  it('one entry: its size, then its ratio unless it is small', () => {
    expect(entrySizeBreach(1001, 900, limits)).toEqual({ limit: 'entry' });
    expect(entrySizeBreach(1000, 50, limits)).toEqual({ limit: 'ratio', ratio: 20 });
    expect(entrySizeBreach(100, 1, limits)).toBeNull();
    expect(entrySizeBreach(1000, 100, limits)).toBeNull();
  });

  it('all entries together', () => {
    const budget = new ZipSizeBudget(limits);
    expect(budget.add(800, 400)).toBeNull();
    expect(budget.add(800, 400)).toEqual({ limit: 'total' });
  });

  it('chunks while inflating count against the entry and the total', () => {
    const budget = new ZipSizeBudget(limits);
    expect(budget.addChunk(600, 600, 500)).toBeNull();
    expect(budget.addChunk(500, 1100, 500)).toEqual({ limit: 'entry' });
    const other = new ZipSizeBudget(limits);
    expect(other.addChunk(900, 900, 900)).toBeNull();
    expect(other.addChunk(700, 700, 700)).toEqual({ limit: 'total' });
  });
});
