import * as pdfDocumentModule from 'pdfmake/js/PDFDocument.js';
import * as rendererModule from 'pdfmake/js/Renderer.js';
import { rowOfId } from '../sheet-row-ids';
import { DirectContent, type EmbeddedFontLike, type PdfkitDocumentLike } from './direct-content';
import { patchProbe } from './engagement';
import type { PdfPatch } from './guard';
import { lineRuns, standsAlone, type LineInline } from './line-inlines';
import { pdfmakePrototype } from './pdfmake-class';

/**
 * Patch of pdfmake 0.3.11 Renderer.prototype.renderPages, pdfmake 0.3.11 Renderer.prototype.renderLine and
 * pdfmake 0.3.11 Renderer.prototype.renderVector (drawing through direct-content.ts and line-inlines.ts, which patch
 * nothing themselves; while a document renders, its pdfkit 0.19.1 PDFDocument addContent and addPage are wrapped on
 * the document itself, to write what is pending first).
 *
 * Why: pdfmake's Renderer draws each text piece and each table rule through pdfkit's general-purpose calls. Lines of
 * plain text and solid opaque rules — nearly everything on our forms — are written by DirectContent instead, with the
 * same coordinates, glyphs and colours; anything else (links, decorations, backgrounds, images, dashes…) is left to
 * pdfmake. The sheet's row ids (sheet-row-ids.ts) are cleared on the way: they are not link targets.
 */
const directRules = patchProbe('direct-rules');
const directText = patchProbe('direct-text');

interface DrawnInline extends LineInline {
  font: EmbeddedFontLike;
  fontSize: number;
  color: unknown;
  opacity: unknown;
  characterSpacing: unknown;
}

interface RenderableLine {
  inlines: DrawnInline[];
  _outline?: unknown;
  _pageNodeRef?: unknown;
  id?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}

interface Vector {
  type: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineCap?: string;
  lineJoin?: string;
  lineColor?: unknown;
  color?: unknown;
  dash?: unknown;
  strokeOpacity?: unknown;
  linearGradient?: unknown;
}

interface RendererLike {
  pdfDocument: PdfkitDocumentLike & { addContent(data: string): unknown; addPage(options?: unknown): unknown };
  directContent?: DirectContent;
  renderPages(pages: unknown[]): void;
  renderLine(line: RenderableLine, x: number, y: number): void;
  renderVector(vector: Vector): void;
}

const CAPS: Record<string, number> = { butt: 0, round: 1, square: 2 };
const JOINS: Record<string, number> = { miter: 0, round: 1, bevel: 2 };

function drawsDirectly(content: DirectContent, line: RenderableLine): boolean {
  if (line._outline || line._pageNodeRef || line.id) return false;
  return line.inlines.every(
    (inline) =>
      !standsAlone(inline) && !inline.characterSpacing && typeof inline.font.encode === 'function' && content.colorOperators(inline.color) !== null,
  );
}

/** As pdfmake's renderLine: each run of touching, identically drawn pieces is one text run at its baseline. */
function drawLine(content: DirectContent, line: RenderableLine, x: number, y: number): void {
  const lineHeight = line.getHeight();
  const descent = lineHeight - line.getAscenderHeight();
  for (const run of lineRuns(line.inlines)) {
    const first = run[0] as DrawnInline;
    // pdfkit drops newlines and draws nothing for an empty text.
    const texts = run.map((inline) => inline.text.replace(/\n/g, ''));
    if (!texts.some((text) => text.length > 0)) continue;
    const shiftToBaseline = lineHeight - (first.font.ascender / 1000) * first.fontSize - descent;
    content.text({
      font: first.font,
      fontSize: first.fontSize,
      color: first.color,
      opacity: typeof first.opacity === 'number' ? first.opacity : 1,
      x: x + first.x,
      top: y + shiftToBaseline,
      texts,
    });
  }
}

function isPlainRule(content: DirectContent, vector: Vector): boolean {
  return (
    vector.type === 'line' &&
    !vector.dash &&
    !vector.color &&
    !vector.linearGradient &&
    (vector.strokeOpacity === undefined || vector.strokeOpacity === 1) &&
    (vector.lineCap ?? 'butt') in CAPS &&
    (vector.lineJoin ?? 'miter') in JOINS &&
    content.colorOperators(vector.lineColor) !== null
  );
}

const RENDERER = 'pdfmake Renderer.prototype';
const PDF_DOCUMENT = 'pdfkit PDFDocument.prototype';

export const directDrawingPatch: PdfPatch = {
  file: 'direct-drawing.ts',
  replaces: [
    { package: 'pdfmake', method: 'Renderer.prototype.renderPages' },
    { package: 'pdfmake', method: 'Renderer.prototype.renderLine' },
    { package: 'pdfmake', method: 'Renderer.prototype.renderVector' },
  ],
  shapes: () => {
    const renderer = pdfmakePrototype<RendererLike>(rendererModule);
    // pdfmake's PDFDocument extends pdfkit's: these are pdfkit's methods (resolveColor is pdfmake's override).
    const document = pdfmakePrototype<object>(pdfDocumentModule);
    return [
      { where: RENDERER, holder: renderer, method: 'renderPages', arity: 1, replaced: true },
      { where: RENDERER, holder: renderer, method: 'renderLine', arity: 3, replaced: true },
      { where: RENDERER, holder: renderer, method: 'renderVector', arity: 1, replaced: true },
      { where: PDF_DOCUMENT, holder: document, method: 'addContent', arity: 1 },
      { where: PDF_DOCUMENT, holder: document, method: 'addPage', arity: 1 },
      { where: PDF_DOCUMENT, holder: document, method: 'ref', arity: 1 },
      { where: PDF_DOCUMENT, holder: document, method: '_normalizeColor', arity: 1 },
      { where: 'pdfmake PDFDocument.prototype', holder: document, method: 'resolveColor', arity: 2 },
    ];
  },
  install: installDirectDrawing,
};

let installed = false;

/** Patches pdfmake's Renderer once per process (worker). */
function installDirectDrawing(): void {
  if (installed) return;
  installed = true;
  const prototype = pdfmakePrototype<RendererLike>(rendererModule);
  const { renderPages, renderLine, renderVector } = prototype;

  prototype.renderPages = function (this: RendererLike, pages) {
    const doc = this.pdfDocument;
    const content = new DirectContent(doc);
    // pdfkit's own writes and page changes come after what is pending.
    const addContent = doc.addContent;
    const addPage = doc.addPage;
    doc.addContent = function (data) {
      content.flush();
      return addContent.call(this, data);
    };
    doc.addPage = function (options) {
      content.flush();
      return addPage.call(this, options);
    };
    this.directContent = content;
    try {
      renderPages.call(this, pages);
      content.flush();
    } finally {
      this.directContent = undefined;
      Reflect.deleteProperty(doc, 'addContent');
      Reflect.deleteProperty(doc, 'addPage');
    }
  };

  prototype.renderLine = function (this: RendererLike, line, x, y) {
    // A row's page-watching id (sheet-row-ids.ts) is not a link target: no named destination is written for it.
    if (rowOfId(line.id) !== null) line.id = undefined;
    const content = this.directContent;
    if (content && drawsDirectly(content, line)) {
      directText.uses++;
      drawLine(content, line, x || 0, y || 0);
    } else renderLine.call(this, line, x, y);
  };

  prototype.renderVector = function (this: RendererLike, vector) {
    const content = this.directContent;
    if (!content || !isPlainRule(content, vector)) return renderVector.call(this, vector);
    directRules.uses++;
    content.rule({
      x1: vector.x1,
      y1: vector.y1,
      x2: vector.x2,
      y2: vector.y2,
      lineWidth: vector.lineWidth || 1,
      lineCap: CAPS[vector.lineCap ?? 'butt'] as number,
      lineJoin: JOINS[vector.lineJoin ?? 'miter'] as number,
      color: vector.lineColor,
    });
  };
}
