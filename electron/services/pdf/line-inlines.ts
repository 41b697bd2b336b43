import * as rendererModule from 'pdfmake/js/Renderer.js';
import { pdfmakePrototype } from './pdfmake-class';

/**
 * pdfmake splits text at every line-break opportunity — for Chinese that is every character — and its Renderer writes
 * each piece as its own text object (its source says "TODO: line.optimizeInlines()"). A table cell of 30 characters
 * became 30 BT…ET blocks, each with its own colour, font and transform operators: most of a report's render time.
 * Before a line is drawn, neighbouring pieces that look the same and touch are joined, so a line is one text object.
 */
export interface LineInline {
  text: string;
  x: number;
  width: number;
  [field: string]: unknown;
}

/** Gaps below this are floating-point noise from pdfmake summing widths, not a justified or aligned gap. */
const TOUCHING = 1e-6;

/** Links, decorations, backgrounds, features and shifted baselines give a piece its own drawing: it stays alone. */
function standsAlone(inline: LineInline): boolean {
  // pdfmake fills unset fields with null / false.
  return Boolean(
    inline.fontFeatures || inline.link || inline.linkToPage || inline.linkToDestination || inline._pageNodeRef || inline.background || inline.decoration || inline.sup || inline.sub || inline.justifyShift,
  );
}

/** Two touching pieces drawn with the same font, size, colour, opacity, spacing and line height. */
function canJoin(left: LineInline, right: LineInline): boolean {
  return (
    left.font === right.font &&
    left.fontSize === right.fontSize &&
    left.color === right.color &&
    left.opacity === right.opacity &&
    left.characterSpacing === right.characterSpacing &&
    left.height === right.height &&
    Math.abs(left.x + left.width - right.x) < TOUCHING &&
    !standsAlone(left) &&
    !standsAlone(right)
  );
}

/** Joins touching, identically drawn pieces; returns the input array itself when nothing joins. */
export function mergeLineInlines<T extends LineInline>(inlines: readonly T[]): readonly T[] {
  const runs: { first: T; last: T; all: T[] }[] = [];
  for (const inline of inlines) {
    const run = runs[runs.length - 1];
    if (run && canJoin(run.last, inline)) {
      run.all.push(inline);
      run.last = inline;
    } else {
      runs.push({ first: inline, last: inline, all: [inline] });
    }
  }
  if (runs.length === inlines.length) return inlines;
  return runs.map((run) => (run.all.length === 1 ? run.first : joinRun(run.first, run.last, run.all)));
}

/** One piece for a run: the first piece's look, all the text, the summed width, the last piece's ends. */
function joinRun<T extends LineInline>(first: T, last: T, run: readonly T[]): T {
  const texts = run.map((inline) => inline.text);
  const width = run.reduce((sum, inline) => sum + inline.width, 0);
  if (isShapingFont(first.font)) composeLayouts(first.font, texts);
  return { ...first, text: texts.join(''), width, trailingCut: last.trailingCut, lineEnd: last.lineEnd };
}

/** The parts of pdfkit's EmbeddedFont used here: its table of shaped texts and the cached shaping of one text. */
interface ShapingFont {
  layoutCache: Record<string, ShapedRun | undefined>;
  layoutCached(text: string): ShapedRun;
}

interface ShapedRun {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

function isShapingFont(font: unknown): font is ShapingFont {
  const candidate = font as Partial<ShapingFont> | null;
  return typeof candidate?.layoutCached === 'function' && typeof candidate.layoutCache === 'object' && candidate.layoutCache !== null;
}

/**
 * pdfkit draws a text by shaping it in chunks that end after each space or tab. pdfmake measured the pieces one by
 * one, so each chunk of the joined text is entered into pdfkit's table as its pieces' shapes laid end to end: the
 * glyphs land exactly where pdfmake measured them, and no text is shaped twice. A chunk boundary inside a piece
 * (several spaces in one piece) stops this for the rest of the line, which pdfkit then shapes itself.
 */
function composeLayouts(font: ShapingFont, pieces: readonly string[]): void {
  let chunk: string[] = [];
  for (const piece of pieces) {
    const breakAt = firstBreak(piece);
    if (breakAt !== -1 && breakAt !== piece.length - 1) return;
    chunk.push(piece);
    if (breakAt !== -1) {
      enterChunk(font, chunk);
      chunk = [];
    }
  }
  enterChunk(font, chunk);
}

function firstBreak(text: string): number {
  const space = text.indexOf(' ');
  const tab = text.indexOf('\t');
  return space === -1 ? tab : tab === -1 ? space : Math.min(space, tab);
}

function enterChunk(font: ShapingFont, pieces: readonly string[]): void {
  if (pieces.length < 2) return;
  const text = pieces.join('');
  if (font.layoutCache[text]) return;
  const glyphs: unknown[] = [];
  const positions: unknown[] = [];
  let advanceWidth = 0;
  for (const piece of pieces) {
    const run = font.layoutCached(piece);
    glyphs.push(...run.glyphs);
    positions.push(...run.positions);
    advanceWidth += run.advanceWidth;
  }
  font.layoutCache[text] = { glyphs, positions, advanceWidth };
}

interface RenderableLine {
  inlines: LineInline[];
  _pageNodeRef?: unknown;
}

interface RendererPrototype {
  renderLine(line: RenderableLine, x: number, y: number): void;
}

let installed = false;

/** Patches pdfmake's Renderer once per process (worker) so every line is drawn with joined pieces. */
export function installLineInlineMerging(): void {
  if (installed) return;
  installed = true;
  const prototype = pdfmakePrototype<RendererPrototype>(rendererModule);
  const original = prototype.renderLine;
  prototype.renderLine = function renderLine(this: unknown, line, x, y) {
    // A page-number reference rewrites the line's first piece while drawing; leave such lines as pdfmake made them.
    const inlines = line._pageNodeRef ? line.inlines : mergeLineInlines(line.inlines);
    if (inlines === line.inlines) return original.call(this, line, x, y);
    const view = Object.create(line) as RenderableLine;
    view.inlines = [...inlines];
    return original.call(this, view, x, y);
  };
}
