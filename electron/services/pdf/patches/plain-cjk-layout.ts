import { patchProbe } from './engagement';
import { matchesWhenReached, type PatchInfo } from './guard';

/**
 * Patch of pdfkit 0.19.1 EmbeddedFont.prototype.layoutRun (pdfkit's class for an embedded font, not exported: reached
 * through the first font pdfmake opens, font-cache.ts).
 *
 * Why: pdfmake measures Chinese text one character at a time, and pdfkit hands each new character to fontkit's full
 * OpenType shaper (script detection, a shaping plan, every GSUB/GPOS lookup of a CJK font). For a lone Han character,
 * CJK punctuation or a full-width form, none of the default horizontal features changes anything in Noto Sans SC:
 * the glyph is the cmap's and its advance the hmtx's (test/integration/pdf/plain-cjk-layout.test.ts checks every such
 * code point against fontkit). Those single characters are laid out directly; everything else still goes to fontkit.
 */
const plainCjk = patchProbe('plain-cjk-layout');

export const plainCjkLayoutPatch: PatchInfo = {
  file: 'plain-cjk-layout.ts',
  replaces: [{ package: 'pdfkit', method: 'EmbeddedFont.prototype.layoutRun' }],
};

const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xff01, 0xff60], // Fullwidth ASCII variants and brackets
  [0xffe0, 0xffe6], // Fullwidth signs
];

export function isPlainCjk(codePoint: number): boolean {
  return PLAIN_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

interface GlyphLike {
  advanceWidth: number;
}

interface FontkitFontLike {
  glyphForCodePoint(codePoint: number): GlyphLike;
}

/** pdfkit's EmbeddedFont as far as layoutRun goes: positions scaled to 1000 units per em. */
interface EmbeddedFontLike {
  font: FontkitFontLike;
  scale: number;
  layoutRun(text: string, features?: unknown): unknown;
}

/** The shape pdfkit's layoutRun returns for one glyph: fontkit's run with positions scaled and advanceWidth added. */
export function plainRun(
  font: FontkitFontLike,
  scale: number,
  codePoint: number,
): { glyphs: GlyphLike[]; positions: Record<string, number>[]; advanceWidth: number } {
  const glyph = font.glyphForCodePoint(codePoint);
  const advance = glyph.advanceWidth * scale;
  return { glyphs: [glyph], positions: [{ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance }], advanceWidth: advance };
}

const patched = new WeakSet<object>();

/** Routes single plain CJK characters past fontkit's shaper on pdfkit's EmbeddedFont class; once per class. */
export function installPlainCjkLayout(prototype: EmbeddedFontLike): void {
  if (patched.has(prototype)) return;
  patched.add(prototype);
  if (!matchesWhenReached([{ where: 'pdfkit EmbeddedFont.prototype', holder: prototype, method: 'layoutRun', arity: 2 }])) return;
  const original = prototype.layoutRun;
  prototype.layoutRun = function layoutRun(this: EmbeddedFontLike, text: string, features?: unknown) {
    if (!features && text.length === 1) {
      const codePoint = text.charCodeAt(0);
      if (isPlainCjk(codePoint)) {
        plainCjk.uses++;
        return plainRun(this.font, this.scale, codePoint);
      }
    }
    return original.call(this, text, features);
  };
}
