import * as pdfDocumentModule from 'pdfmake/js/PDFDocument.js';

/**
 * pdfkit parses a TrueType file anew for every document (fontkit.create), and Noto Sans SC is 10 MB per weight:
 * that parse and its glyph/cmap caches dominate a report's time. This keeps the parsed fontkit font per family and
 * weight for the life of the process and gives each new document its own EmbeddedFont (so its own subset) over it.
 */
interface EmbeddedFontLike {
  font: unknown;
  constructor: new (document: unknown, font: unknown, id: string) => EmbeddedFontLike;
}

interface PdfmakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFontLike>>;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

let installed = false;

export function installParsedFontCache(): void {
  if (installed) return;
  installed = true;
  const moduleValue = pdfDocumentModule as unknown as { default: { prototype: PdfmakeDocument } | { default: { prototype: PdfmakeDocument } } };
  const PdfDocumentClass = 'prototype' in moduleValue.default ? moduleValue.default : moduleValue.default.default;
  const prototype = PdfDocumentClass.prototype;
  const original = prototype.provideFont;
  const parsed = new Map<string, { Embedded: EmbeddedFontLike['constructor']; font: unknown }>();

  prototype.provideFont = function provideFont(this: PdfmakeDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const perFamily = (this.fontCache[family] ??= {});
    const existing = perFamily[type];
    if (existing) return existing;
    const key = `${family}/${type}`;
    const known = parsed.get(key);
    if (!known) {
      const first = original.call(this, family, bold, italics);
      parsed.set(key, { Embedded: first.constructor, font: first.font });
      return first;
    }
    const embedded = new known.Embedded(this, known.font, `F${++this._fontCount}`);
    // pdfkit embeds (and subsets) every font registered here when the document ends.
    this._fontFamilies[key] = embedded;
    perFamily[type] = embedded;
    return embedded;
  };
}
