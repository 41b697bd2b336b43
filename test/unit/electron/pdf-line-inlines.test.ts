import { describe, expect, it } from 'vitest';
import { mergeLineInlines, type LineInline } from '../../../electron/services/pdf/line-inlines';

const font = { name: 'regular' };

/** Pieces as pdfmake lays them on one line: each starts where the previous ended; unset fields null/false. */
function line(texts: string[], look: Partial<LineInline> = {}): LineInline[] {
  let x = 0;
  return texts.map((text) => {
    const inline: LineInline = { text, x, width: text.length * 9, font, fontSize: 9, color: 'black', opacity: 1, characterSpacing: 0, height: 15, link: null, decoration: null, background: null, sup: false, sub: false, ...look };
    x += inline.width;
    return inline;
  });
}

describe('joining the pieces of a line (line-inlines.ts)', () => {
  it('joins touching pieces drawn alike into one, keeping x, summing widths and taking the last piece’s ends', () => {
    const pieces = line(['评', '估', '内', '容']);
    pieces[3] = { ...pieces[3]!, trailingCut: 2, lineEnd: true };
    const merged = mergeLineInlines(pieces);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ text: '评估内容', x: 0, width: 36, trailingCut: 2, lineEnd: true });
  });

  it('returns the same array when nothing can be joined', () => {
    const pieces = [...line(['甲']), ...line(['乙'], { color: 'red' }).map((p) => ({ ...p, x: 9 }))];
    expect(mergeLineInlines(pieces)).toBe(pieces);
  });

  it('keeps links, decorations, backgrounds, sub/superscripts and font features apart', () => {
    for (const field of ['link', 'decoration', 'background', 'sup', 'sub', 'fontFeatures', 'linkToPage', 'justifyShift'] as const) {
      const pieces = line(['一', '二', '三']);
      pieces[1] = { ...pieces[1]!, [field]: field === 'sup' || field === 'sub' ? true : 'x' };
      expect(mergeLineInlines(pieces).map((p) => p.text), field).toEqual(['一', '二', '三']);
    }
  });

  it('does not join across a different size, colour, opacity, spacing, line height or font', () => {
    const changes: Partial<LineInline>[] = [{ fontSize: 10 }, { color: '#333333' }, { opacity: 0.5 }, { characterSpacing: 1 }, { height: 16 }, { font: { name: 'bold' } }];
    for (const change of changes) {
      const pieces = line(['甲', '乙', '丙']);
      pieces[2] = { ...pieces[2]!, ...change };
      expect(mergeLineInlines(pieces).map((p) => p.text), JSON.stringify(change)).toEqual(['甲乙', '丙']);
    }
  });

  it('does not join pieces with a gap between them (justified or aligned text)', () => {
    const pieces = line(['a ', 'b ', 'c']);
    pieces[2] = { ...pieces[2]!, x: pieces[2]!.x + 3 };
    expect(mergeLineInlines(pieces).map((p) => p.text)).toEqual(['a b ', 'c']);
  });

  it('enters each space-ended chunk of the joined text into the font’s shaping table as its pieces laid end to end', () => {
    const shapes: Record<string, { glyphs: string[]; positions: number[]; advanceWidth: number }> = {
      'ab ': { glyphs: ['a', 'b', ' '], positions: [1, 2, 3], advanceWidth: 6 },
      'cd ': { glyphs: ['c', 'd', ' '], positions: [4, 5, 6], advanceWidth: 15 },
      中: { glyphs: ['中'], positions: [10], advanceWidth: 1000 },
      文: { glyphs: ['文'], positions: [11], advanceWidth: 1000 },
    };
    const layoutCache: Record<string, unknown> = {};
    const shapingFont = { layoutCache, layoutCached: (text: string) => shapes[text] ?? { glyphs: [text], positions: [0], advanceWidth: 0 } };
    mergeLineInlines(line(['ab ', 'cd ', '中', '文'], { font: shapingFont }));
    // pdfkit shapes "ab " and "cd " on their own (each ends a chunk) and "中文" as one chunk.
    expect(Object.keys(layoutCache)).toEqual(['中文']);
    expect(layoutCache['中文']).toEqual({ glyphs: ['中', '文'], positions: [10, 11], advanceWidth: 2000 });
  });

  it('leaves a line to pdfkit’s own shaping when a piece holds a space before its end', () => {
    const layoutCache: Record<string, unknown> = {};
    const shapingFont = { layoutCache, layoutCached: (text: string) => ({ glyphs: [text], positions: [0], advanceWidth: 1 }) };
    mergeLineInlines(line(['a  b', 'c', 'd'], { font: shapingFont }));
    expect(layoutCache).toEqual({});
  });
});
