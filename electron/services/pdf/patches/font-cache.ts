import * as pdfDocumentModule from 'pdfmake/js/PDFDocument.js';
import { patchProbe } from './engagement';
import { installGlyphRecordCache, type TrueTypeSubsetLike } from './glyph-records';
import type { PdfPatch } from './guard';
import { installPlainCjkLayout } from './plain-cjk-layout';
import { pdfmakePrototype } from './pdfmake-class';

/**
 * Patch of pdfmake 0.3.11 PDFDocument.prototype.provideFont (pdfmake's pdfkit subclass; it also installs
 * plain-cjk-layout.ts and glyph-records.ts on the classes of the first font it opens).
 *
 * Why: pdfkit parses a TrueType file anew for every document (fontkit.create), and Noto Sans SC is 10 MB per weight:
 * that parse and its glyph/cmap caches dominate a report's time. This keeps the parsed fontkit font per family and
 * weight for the life of the process and gives each new document its own EmbeddedFont (so its own subset) over it.
 */
const fontReuse = patchProbe('parsed-font-cache');

interface EmbeddedFontLike {
  font: { directory?: { tables?: Record<string, unknown> } };
  subset: object;
  layoutCache?: Record<string, unknown>;
  constructor: new (document: unknown, font: unknown, id: string) => EmbeddedFontLike;
}

interface PdfmakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFontLike>>;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

/**
 * pdfkit keeps shaped text (glyphs and positions in font units, never changed afterwards) per document; the texts of
 * one template's reports are mostly the same, so the table is kept per parsed font across documents. It is started
 * afresh when a document begins after it grew past a bound, so a long session's memory stays flat.
 */
class LayoutCache {
  static readonly MAX_ENTRIES = 20_000;
  private entries: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  table(): Record<string, unknown> {
    if (Object.keys(this.entries).length > LayoutCache.MAX_ENTRIES) this.entries = Object.create(null) as Record<string, unknown>;
    return this.entries;
  }
}

const PDF_DOCUMENT = 'pdfmake PDFDocument.prototype';

export const parsedFontCachePatch: PdfPatch = {
  file: 'font-cache.ts',
  replaces: [{ package: 'pdfmake', method: 'PDFDocument.prototype.provideFont' }],
  shapes: () => {
    const prototype = pdfmakePrototype<PdfmakeDocument>(pdfDocumentModule);
    return [
      { where: PDF_DOCUMENT, holder: prototype, method: 'provideFont', arity: 3, replaced: true },
      { where: PDF_DOCUMENT, holder: prototype, method: 'getFontType', arity: 2 },
    ];
  },
  install: installParsedFontCache,
};

let installed = false;

function installParsedFontCache(): void {
  if (installed) return;
  installed = true;
  const prototype = pdfmakePrototype<PdfmakeDocument>(pdfDocumentModule);
  const original = prototype.provideFont;
  const parsed = new Map<string, { Embedded: EmbeddedFontLike['constructor']; font: EmbeddedFontLike['font']; layouts: LayoutCache }>();

  prototype.provideFont = function provideFont(this: PdfmakeDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const perFamily = (this.fontCache[family] ??= {});
    const existing = perFamily[type];
    if (existing) return existing;
    const key = `${family}/${type}`;
    const known = parsed.get(key);
    if (!known) {
      const first = original.call(this, family, bold, italics);
      const layouts = new LayoutCache();
      first.layoutCache = layouts.table();
      installPlainCjkLayout(Object.getPrototypeOf(first) as Parameters<typeof installPlainCjkLayout>[0]);
      // Noto Sans SC is TrueType (glyf outlines). A CFF font gets fontkit's other subset class (fontkit tells them
      // apart by this table too), which has no glyf to copy: it is left alone.
      if (!first.font.directory?.tables?.['CFF ']) installGlyphRecordCache(Object.getPrototypeOf(first.subset) as TrueTypeSubsetLike);
      parsed.set(key, { Embedded: first.constructor, font: first.font, layouts });
      return first;
    }
    fontReuse.uses++;
    const embedded = new known.Embedded(this, known.font, `F${++this._fontCount}`);
    embedded.layoutCache = known.layouts.table();
    // pdfkit embeds (and subsets) every font registered here when the document ends.
    this._fontFamilies[key] = embedded;
    perFamily[type] = embedded;
    return embedded;
  };
}
