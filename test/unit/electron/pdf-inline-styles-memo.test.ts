import fc from 'fast-check';
import * as styleStackModule from 'pdfmake/js/StyleContextStack.js';
import { describe, expect, it } from 'vitest';
import { memoisingStack, sameOwnStyle } from '../../../electron/services/pdf/inline-styles-memo';

type Piece = Record<string, unknown>;

interface RealStack {
  push(item: unknown): void;
  auto<T>(item: Piece, callback: () => T): T;
  getProperty(property: string): unknown;
}

interface RealStackClass {
  new (styles: Record<string, Piece>, defaultStyle: Piece): RealStack;
  getStyleProperty(item: Piece, stack: unknown, property: string, fallback: unknown): unknown;
}

const moduleValue = styleStackModule as unknown as { default: RealStackClass | { default: RealStackClass } };
const StyleContextStack = ('getStyleProperty' in moduleValue.default ? moduleValue.default : moduleValue.default.default) as RealStackClass;

/** The properties pdfmake's TextInlines.measure resolves for every piece. */
const PROPERTIES = ['font', 'bold', 'italics', 'alignment', 'fontSize', 'color', 'decoration', 'background', 'opacity', 'sup', 'sub', 'lineHeight', 'characterSpacing', 'preserveLeadingSpaces', 'leadingIndent'];

const styleValue = fc.oneof(fc.constantFrom('left', 'center', 'red', 'NotoSansSC'), fc.integer({ min: 6, max: 14 }), fc.boolean(), fc.constant(null));
const styleObject = fc.dictionary(fc.constantFrom(...PROPERTIES), styleValue, { maxKeys: 4 });
const styleNames = fc.constantFrom('a', 'b', 'c', 'missing');

describe('style look-ups while measuring (inline-styles-memo.ts)', () => {
  it('sameOwnStyle: pieces cut from one text match; any other own field tells them apart', () => {
    const style = ['cell'];
    expect(sameOwnStyle({ text: '甲', style, bold: true }, { text: '乙', style, bold: true, lineEnd: true })).toBe(true);
    expect(sameOwnStyle({ text: '甲', style }, { text: '乙', style: ['cell'] })).toBe(false);
    expect(sameOwnStyle({ text: '甲', bold: true }, { text: '乙' })).toBe(false);
    expect(sameOwnStyle({ text: '甲' }, { text: '乙', color: 'red' })).toBe(false);
  });

  it('property: every property resolves to what pdfmake’s own style stack finds, for any styles and pieces', () => {
    fc.assert(
      fc.property(
        fc.dictionary(styleNames, fc.record({ extends: fc.option(styleNames, { nil: undefined }) }).chain((base) => styleObject.map((own) => ({ ...own, ...(base.extends ? { extends: base.extends } : {}) }))), { maxKeys: 3 }),
        styleObject,
        fc.array(fc.oneof(styleObject, fc.constant({})), { maxLength: 3 }),
        fc.array(fc.record({ text: fc.constantFrom('甲', '乙 ', 'ab'), source: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.oneof(styleObject, fc.record({ style: fc.oneof(styleNames, fc.array(styleNames, { maxLength: 2 })) })), { minLength: 3, maxLength: 3 }),
        (dictionary, defaultStyle, outer, cuts, sources) => {
          const real = new StyleContextStack(dictionary, defaultStyle);
          for (const entry of outer) real.push(entry);
          // Pieces as TextBreaker makes them: the source inline's own fields copied onto each cut.
          const pieces: Piece[] = cuts.map(({ text, source }) => ({ ...sources[source], text }));
          const expected = pieces.map((piece) => PROPERTIES.map((p) => StyleContextStack.getStyleProperty({ ...piece }, real, p, 'fallback')));
          const memo = memoisingStack(real, pieces);
          const actual = pieces.map((piece) => PROPERTIES.map((p) => StyleContextStack.getStyleProperty(piece, memo, p, 'fallback')));
          expect(actual).toEqual(expected);
        },
      ),
      { seed: 20261121, numRuns: 400 },
    );
  });
});
