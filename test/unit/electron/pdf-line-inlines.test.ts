import { describe, expect, it } from 'vitest';
import { lineRuns, type LineInline } from '../../../electron/services/pdf/patches/line-inlines';

const font = { name: 'regular' };

/** Pieces as pdfmake lays them on one line: each starts where the previous ended; unset fields null/false. */
function line(texts: string[], look: Partial<LineInline> = {}): LineInline[] {
  let x = 0;
  return texts.map((text) => {
    const inline: LineInline = {
      text,
      x,
      width: text.length * 9,
      font,
      fontSize: 9,
      color: 'black',
      opacity: 1,
      characterSpacing: 0,
      height: 15,
      link: null,
      decoration: null,
      background: null,
      sup: false,
      sub: false,
      ...look,
    };
    x += inline.width;
    return inline;
  });
}

const texts = (runs: LineInline[][]) => runs.map((run) => run.map((inline) => inline.text).join(''));

describe('runs of a line’s pieces (line-inlines.ts)', () => {
  it('puts touching pieces drawn alike into one run, in order', () => {
    const pieces = line(['评', '估', '内', '容']);
    const runs = lineRuns(pieces);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toEqual(pieces);
  });

  it('gives each piece its own run when nothing joins', () => {
    const pieces = [...line(['甲']), ...line(['乙'], { color: 'red' }).map((p) => ({ ...p, x: 9 }))];
    expect(texts(lineRuns(pieces))).toEqual(['甲', '乙']);
  });

  it('keeps links, decorations, backgrounds, sub/superscripts and font features apart', () => {
    for (const field of ['link', 'decoration', 'background', 'sup', 'sub', 'fontFeatures', 'linkToPage', 'justifyShift'] as const) {
      const pieces = line(['一', '二', '三']);
      pieces[1] = { ...pieces[1]!, [field]: field === 'sup' || field === 'sub' ? true : 'x' };
      expect(texts(lineRuns(pieces)), field).toEqual(['一', '二', '三']);
    }
  });

  it('does not join across a different size, colour, opacity, spacing, line height or font', () => {
    const changes: Partial<LineInline>[] = [
      { fontSize: 10 },
      { color: '#333333' },
      { opacity: 0.5 },
      { characterSpacing: 1 },
      { height: 16 },
      { font: { name: 'bold' } },
    ];
    for (const change of changes) {
      const pieces = line(['甲', '乙', '丙']);
      pieces[2] = { ...pieces[2]!, ...change };
      expect(texts(lineRuns(pieces)), JSON.stringify(change)).toEqual(['甲乙', '丙']);
    }
  });

  it('does not join pieces with a gap between them (justified or aligned text)', () => {
    const pieces = line(['a ', 'b ', 'c']);
    pieces[2] = { ...pieces[2]!, x: pieces[2]!.x + 3 };
    expect(texts(lineRuns(pieces))).toEqual(['a b ', 'c']);
  });
});
