import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, resolveFontDir } from '../../../electron/services/pdf/fonts';
import { isPlainCjk, plainRun } from '../../../electron/services/pdf/patches/plain-cjk-layout';

// The fontkit pdfkit uses (pdfmake's own copy), unpatched in this test file.
const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfmake/node_modules/pdfkit'));
const fontkit = requireFromPdfkit('fontkit') as { create(data: Buffer): FontLike };

interface GlyphLike {
  id: number;
  advanceWidth: number;
}

interface FontLike {
  layout(text: string): { glyphs: GlyphLike[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };
  glyphForCodePoint(codePoint: number): GlyphLike;
}

const RANGES: [number, number][] = [
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
];

describe('single CJK characters laid out without the shaper (plain-cjk-layout.ts)', () => {
  it.each([FONT_FILES.normal, FONT_FILES.bold])(
    '%s: for every plain CJK code point, fontkit’s shaper gives the cmap glyph, its advance, no offsets',
    (fontFile) => {
      const font = fontkit.create(readFileSync(join(resolveFontDir(), fontFile)));
      const differences: string[] = [];
      let checked = 0;
      for (const [from, to] of RANGES) {
        for (let codePoint = from; codePoint <= to; codePoint++) {
          expect(isPlainCjk(codePoint)).toBe(true);
          const shaped = font.layout(String.fromCodePoint(codePoint));
          const plain = plainRun(font, 1, codePoint);
          const position = shaped.positions[0] ?? { xAdvance: NaN, yAdvance: NaN, xOffset: NaN, yOffset: NaN };
          const same =
            shaped.glyphs.length === 1 &&
            shaped.glyphs[0]?.id === (plain.glyphs[0] as GlyphLike).id &&
            position.xAdvance === plain.positions[0]?.xAdvance &&
            position.yAdvance === 0 &&
            position.xOffset === 0 &&
            position.yOffset === 0;
          if (!same) differences.push(codePoint.toString(16));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(28_000);
      expect(differences).toEqual([]);
    },
  );

  it('Latin letters, digits, spaces and ASCII punctuation still go to the shaper', () => {
    for (const text of 'Aa0 ,.-()') expect(isPlainCjk(text.charCodeAt(0)), text).toBe(false);
  });
});
