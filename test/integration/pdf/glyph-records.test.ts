import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installGlyphRecordCache, type TrueTypeSubsetLike } from '../../../electron/services/pdf/patches/glyph-records';
import { FONT_FILES, resolveFontDir } from '../../../electron/services/pdf/fonts';

// The fontkit pdfkit uses (pdfmake's own copy), loaded fresh in this test file: nothing has patched it yet.
const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfmake/node_modules/pdfkit'));
const fontkit = requireFromPdfkit('fontkit') as { create(data: Buffer): FontLike };

interface FontLike {
  createSubset(): SubsetLike;
  glyphsForString(text: string): { id: number }[];
  numGlyphs: number;
}

interface SubsetLike {
  includeGlyph(gid: number): number;
  encode(): Uint8Array;
}

function subsetBytes(font: FontLike, glyphIds: readonly number[]): Buffer {
  const subset = font.createSubset();
  for (const gid of glyphIds) subset.includeGlyph(gid);
  return Buffer.from(subset.encode());
}

describe('glyph records for font subsets (glyph-records.ts)', () => {
  it('subsets hold exactly the bytes fontkit writes, first use and every use after', () => {
    const font = fontkit.create(readFileSync(join(resolveFontDir(), FONT_FILES.normal)));
    const text = '山西省职业技能等级认定评价机构备案评估表，第 1 页 共 3 页。ABC xyz 0123456789（）《》…—';
    // Text glyphs plus a spread of glyph ids across the whole font, composite ones included if the font has any.
    const ids = [
      ...new Set([...font.glyphsForString(text).map((g) => g.id), ...Array.from({ length: 400 }, (_, i) => (i * 104_729) % font.numGlyphs)]),
    ];
    const reordered = [...ids].reverse().slice(0, 150);
    const before = subsetBytes(font, ids);
    const beforeReordered = subsetBytes(font, reordered);
    installGlyphRecordCache(Object.getPrototypeOf(font.createSubset()) as TrueTypeSubsetLike);
    expect(subsetBytes(font, ids).equals(before)).toBe(true);
    // Second document: every record comes from the cache now.
    expect(subsetBytes(font, ids).equals(before)).toBe(true);
    // Another order and fewer glyphs: still fontkit's own bytes for that order.
    expect(subsetBytes(font, reordered).equals(beforeReordered)).toBe(true);
  });
});
