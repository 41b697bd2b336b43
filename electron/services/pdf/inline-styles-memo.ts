import * as textInlinesModule from 'pdfmake/js/TextInlines.js';
import { pdfmakePrototype } from './pdfmake-class';

/**
 * pdfmake resolves about twenty style properties for every piece of text it measures, each by pushing the piece onto
 * the style stack and walking it. A Chinese sentence is one piece per character, so a report did that tens of
 * thousands of times. Pieces cut from the same text carry the same own fields, so they resolve alike: each property is
 * resolved once per run of such pieces (through the real stack, with a copy of the run's first piece as it was before
 * measuring) and reused for the rest. Only how values are looked up changes, not which values are found.
 */
type Piece = Record<string, unknown>;

interface StyleStackLike {
  auto<T>(item: Piece, callback: () => T): T;
  getProperty(property: string): unknown;
}

/** Fields that differ between pieces of one text without changing its style. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'noNewLine']);

export function sameOwnStyle(left: Piece, right: Piece): boolean {
  let fields = 0;
  for (const key in left) {
    if (NOT_STYLE.has(key)) continue;
    if (left[key] !== right[key]) return false;
    fields++;
  }
  for (const key in right) if (!NOT_STYLE.has(key)) fields--;
  return fields === 0;
}

interface Run {
  pristine: Piece;
  values: Map<string, unknown>;
}

/** A stand-in for the style stack during one measure call: answers from each run's resolved values. */
export function memoisingStack(stack: StyleStackLike, pieces: readonly Piece[]): StyleStackLike {
  const runOf = new Map<Piece, Run>();
  let run: Run | undefined;
  let previous: Piece | undefined;
  for (const piece of pieces) {
    if (!run || !previous || !sameOwnStyle(previous, piece)) run = { pristine: { ...piece }, values: new Map() };
    runOf.set(piece, run);
    previous = piece;
  }
  let current: Run | undefined;
  return {
    auto(item, callback) {
      current = runOf.get(item);
      // A piece that is not part of this call (never expected) is looked up on the real stack.
      if (!current) return stack.auto(item, callback);
      return callback();
    },
    getProperty(property) {
      if (!current) return stack.getProperty(property);
      const { pristine, values } = current;
      if (!values.has(property)) values.set(property, stack.auto(pristine, () => stack.getProperty(property)));
      return values.get(property);
    },
  };
}

interface TextInlinesPrototype {
  measure(pieces: Piece[], stack: StyleStackLike | undefined): Piece[];
}

let installed = false;

/** Patches pdfmake's TextInlines once per process (worker). */
export function installInlineStyleMemo(): void {
  if (installed) return;
  installed = true;
  const prototype = pdfmakePrototype<TextInlinesPrototype>(textInlinesModule);
  const original = prototype.measure;
  prototype.measure = function measure(this: unknown, pieces, stack) {
    if (!stack || pieces.length < 2) return original.call(this, pieces, stack);
    return original.call(this, pieces, memoisingStack(stack, pieces));
  };
}
