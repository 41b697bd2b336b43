import * as styleStackModule from 'pdfmake/js/StyleContextStack.js';
import * as textInlinesModule from 'pdfmake/js/TextInlines.js';
import { patchProbe } from './engagement';
import type { PdfPatch } from './guard';
import { pdfmakeClass, pdfmakePrototype } from './pdfmake-class';

/**
 * Patch of pdfmake 0.3.11 TextInlines.prototype.measure.
 *
 * Why: pdfmake's measure resolves about twenty style properties for every piece of text, each by pushing the piece
 * onto the style stack and walking it. A Chinese sentence is one piece per character, so a report did that tens of
 * thousands of times. Pieces cut from the same text carry the same own fields and so resolve alike: this measure
 * resolves the properties once per run of such pieces (through pdfmake's own stack, on a copy of the run's first piece
 * as it was before measuring) and then sets on every piece exactly the fields pdfmake's measure sets, in its order.
 */
const measured = patchProbe('inline-measure');

export type Piece = Record<string, unknown> & { text: string };

export interface FontLike {
  lineHeight(fontSize: number): number;
}

export interface MeasureHost {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): FontLike };
  widthOfText(text: string, inline: Piece): number;
}

type StyleStack = object;

interface StyleStackClass {
  getStyleProperty(item: Piece, stack: StyleStack | undefined, property: string, fallback: unknown): unknown;
}

const StyleContextStack = pdfmakeClass<StyleStackClass>(styleStackModule);

/** Fields that differ between pieces of one text without changing its style. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'noNewLine']);

export function sameOwnStyle(left: Record<string, unknown>, right: Record<string, unknown>): boolean {
  let fields = 0;
  for (const key in left) {
    if (NOT_STYLE.has(key)) continue;
    if (left[key] !== right[key]) return false;
    fields++;
  }
  for (const key in right) if (!NOT_STYLE.has(key)) fields--;
  return fields === 0;
}

/** What pdfmake's measure resolves for a piece, in the order it sets the fields. */
interface RunStyle {
  font: FontLike;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: unknown;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  height: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

function resolveRun(host: MeasureHost, pristine: Piece, stack: StyleStack): RunStyle {
  const get = (property: string, fallback: unknown) => StyleContextStack.getStyleProperty(pristine, stack, property, fallback);
  const font = host.pdfDocument.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false));
  const alignment = get('alignment', 'left');
  let fontSize = get('fontSize', 12) as number;
  const fontFeatures = get('fontFeatures', null);
  const characterSpacing = get('characterSpacing', 0);
  const color = get('color', 'black');
  const decoration = get('decoration', null);
  const decorationColor = get('decorationColor', null);
  const decorationStyle = get('decorationStyle', null);
  const decorationThickness = get('decorationThickness', null);
  const background = get('background', null);
  const link = get('link', null);
  const linkToPage = get('linkToPage', null);
  const linkToDestination = get('linkToDestination', null);
  const noWrap = get('noWrap', null);
  const opacity = get('opacity', 1);
  const sup = get('sup', false);
  const sub = get('sub', false);
  // pdfmake's reduction for super- and subscript.
  if (sup || sub) fontSize *= 0.58;
  const height = font.lineHeight(fontSize) * (get('lineHeight', 1) as number);
  return {
    font,
    alignment,
    fontSize,
    fontFeatures,
    characterSpacing,
    color,
    decoration,
    decorationColor,
    decorationStyle,
    decorationThickness,
    background,
    link,
    linkToPage,
    linkToDestination,
    noWrap,
    opacity,
    sup,
    sub,
    height,
    preserveLeadingSpaces: get('preserveLeadingSpaces', false),
    preserveTrailingSpaces: get('preserveTrailingSpaces', false),
  };
}

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** pdfmake's TextInlines.measure with the style of each run of same-styled pieces resolved once. */
export function measurePieces(host: MeasureHost, pieces: Piece[], stack: StyleStack): Piece[] {
  if (pieces.length === 0) return pieces;
  // Runs are found on the pieces as TextBreaker made them, before the first piece gets its indent fields.
  const pristine: Piece[] = [];
  let previous: Piece | undefined;
  for (const piece of pieces) {
    pristine.push(previous && sameOwnStyle(previous, piece) ? (pristine[pristine.length - 1] as Piece) : { ...piece });
    previous = piece;
  }
  const first = pieces[0] as Piece;
  const leadingIndent = StyleContextStack.getStyleProperty(first, stack, 'leadingIndent', 0) as number;
  if (leadingIndent) {
    first.leadingCut = -leadingIndent;
    first.leadingIndent = leadingIndent;
  }
  let runOf: Piece | undefined;
  let style: RunStyle | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const item = pieces[i] as Piece;
    const source = pristine[i] as Piece;
    if (source !== runOf || !style) {
      runOf = source;
      style = resolveRun(host, source, stack);
    }
    item.font = style.font;
    item.alignment = style.alignment;
    item.fontSize = style.fontSize;
    item.fontFeatures = style.fontFeatures;
    item.characterSpacing = style.characterSpacing;
    item.color = style.color;
    item.decoration = style.decoration;
    item.decorationColor = style.decorationColor;
    item.decorationStyle = style.decorationStyle;
    item.decorationThickness = style.decorationThickness;
    item.background = style.background;
    item.link = style.link;
    item.linkToPage = style.linkToPage;
    item.linkToDestination = style.linkToDestination;
    item.noWrap = style.noWrap;
    item.opacity = style.opacity;
    item.sup = style.sup;
    item.sub = style.sub;
    item.width = host.widthOfText(item.text, item);
    item.height = style.height;
    if (!item.leadingCut) item.leadingCut = 0;
    if (!style.preserveLeadingSpaces) {
      const leadingSpaces = item.text.match(LEADING);
      if (leadingSpaces) (item.leadingCut as number) += host.widthOfText(leadingSpaces[0], item);
    }
    item.trailingCut = 0;
    if (!style.preserveTrailingSpaces) {
      const trailingSpaces = item.text.match(TRAILING);
      if (trailingSpaces) item.trailingCut = host.widthOfText(trailingSpaces[0], item);
    }
  }
  return pieces;
}

interface TextInlinesPrototype {
  measure(this: MeasureHost, pieces: Piece[], stack: StyleStack | undefined): Piece[];
  widthOfText(text: string, inline: Piece): number;
}

const TEXT_INLINES = 'pdfmake TextInlines.prototype';

export const inlineMeasurePatch: PdfPatch = {
  file: 'inline-measure.ts',
  replaces: [{ package: 'pdfmake', method: 'TextInlines.prototype.measure' }],
  shapes: () => {
    const prototype = pdfmakePrototype<TextInlinesPrototype>(textInlinesModule);
    return [
      { where: TEXT_INLINES, holder: prototype, method: 'measure', arity: 2, replaced: true },
      { where: TEXT_INLINES, holder: prototype, method: 'widthOfText', arity: 2 },
      { where: 'pdfmake StyleContextStack', holder: StyleContextStack, method: 'getStyleProperty', arity: 4 },
    ];
  },
  install: installInlineMeasure,
};

let installed = false;

/** Replaces pdfmake's TextInlines.measure once per process (worker); without a style stack pdfmake's own runs. */
function installInlineMeasure(): void {
  if (installed) return;
  installed = true;
  const prototype = pdfmakePrototype<TextInlinesPrototype>(textInlinesModule);
  const original = prototype.measure;
  prototype.measure = function measure(this: MeasureHost, pieces, stack) {
    if (!stack) return original.call(this, pieces, stack);
    measured.uses++;
    return measurePieces(this, pieces, stack);
  };
}
