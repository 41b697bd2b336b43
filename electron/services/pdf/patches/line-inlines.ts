/**
 * pdfmake splits text at every line-break opportunity — for Chinese that is every character — and its Renderer writes
 * each piece as its own text object (its source says "TODO: line.optimizeInlines()"). Neighbouring pieces that look
 * the same and touch are drawn as one text (direct-drawing.ts), each piece's glyphs where pdfmake measured them.
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
export function standsAlone(inline: LineInline): boolean {
  // pdfmake fills unset fields with null / false.
  return Boolean(
    inline.fontFeatures ||
    inline.link ||
    inline.linkToPage ||
    inline.linkToDestination ||
    inline._pageNodeRef ||
    inline.background ||
    inline.decoration ||
    inline.sup ||
    inline.sub ||
    inline.justifyShift,
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

/** The line's pieces in runs of touching, identically drawn pieces, each run drawn as one text. */
export function lineRuns<T extends LineInline>(inlines: readonly T[]): T[][] {
  const runs: T[][] = [];
  let run: T[] | undefined;
  for (const inline of inlines) {
    const last = run?.[run.length - 1];
    if (run && last && canJoin(last, inline)) run.push(inline);
    else runs.push((run = [inline]));
  }
  return runs;
}
