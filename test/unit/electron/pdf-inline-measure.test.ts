import fc from 'fast-check';
import * as styleStackModule from 'pdfmake/js/StyleContextStack.js';
import * as textInlinesModule from 'pdfmake/js/TextInlines.js';
import { describe, expect, it } from 'vitest';
import { measurePieces, sameOwnStyle, type MeasureHost, type Piece } from '../../../electron/services/pdf/patches/inline-measure';

interface RealStack {
  push(item: unknown): void;
}
type RealStackClass = new (styles: Record<string, Record<string, unknown>>, defaultStyle: Record<string, unknown>) => RealStack;
interface TextInlinesClass {
  new (pdfDocument: unknown): MeasureHost & { measure(pieces: Piece[], stack: unknown): Piece[] };
}

function unwrap<T>(moduleNamespace: unknown): T {
  const value = moduleNamespace as { default: T | { default: T } };
  return (typeof value.default === 'function' ? value.default : (value.default as { default: T }).default) as T;
}
const StyleContextStack = unwrap<RealStackClass>(styleStackModule);
const TextInlines = unwrap<TextInlinesClass>(textInlinesModule);

/** A font with simple metrics: one object per family/bold/italics, as pdfmake's provideFont gives. */
function fontHost() {
  const fonts = new Map<string, object>();
  return {
    provideFont(family: unknown, bold: unknown, italics: unknown) {
      const key = `${String(family)}/${String(bold)}/${String(italics)}`;
      let font = fonts.get(key);
      if (!font) {
        const factor = 0.5 + fonts.size * 0.1;
        const leading = 1.1 + fonts.size * 0.05;
        font = {
          key,
          widthOfString: (text: string, size: number) => [...text].reduce((sum, ch) => sum + (ch === ' ' ? 0.25 : ch > '~' ? 1 : factor), 0) * size,
          lineHeight: (size: number) => size * leading,
        };
        fonts.set(key, font);
      }
      return font as { lineHeight(size: number): number };
    },
  };
}

/** The style properties TextInlines.measure resolves (and a few it does not). */
const PROPERTIES = [
  'font',
  'bold',
  'italics',
  'alignment',
  'fontSize',
  'color',
  'decoration',
  'background',
  'opacity',
  'sup',
  'sub',
  'lineHeight',
  'characterSpacing',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'leadingIndent',
  'noWrap',
  'link',
  'margin',
];
const styleValue = fc.oneof(fc.constantFrom('left', 'center', 'red', 'NotoSansSC'), fc.integer({ min: 6, max: 14 }), fc.boolean(), fc.constant(null));
const styleObject = fc.dictionary(fc.constantFrom(...PROPERTIES), styleValue, { maxKeys: 4 });
const styleNames = fc.constantFrom('a', 'b', 'c', 'missing');

describe('measuring text pieces (inline-measure.ts)', () => {
  it('sameOwnStyle: pieces cut from one text match; any other own field tells them apart', () => {
    const style = ['cell'];
    expect(sameOwnStyle({ text: '甲', style, bold: true }, { text: '乙', style, bold: true, lineEnd: true })).toBe(true);
    expect(sameOwnStyle({ text: '甲', style }, { text: '乙', style: ['cell'] })).toBe(false);
    expect(sameOwnStyle({ text: '甲', bold: true }, { text: '乙' })).toBe(false);
    expect(sameOwnStyle({ text: '甲' }, { text: '乙', color: 'red' })).toBe(false);
  });

  it('property: every piece gets exactly the fields and values pdfmake’s own measure gives it, for any styles and pieces', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          styleNames,
          fc
            .record({ extends: fc.option(styleNames, { nil: undefined }) })
            .chain((base) => styleObject.map((own) => ({ ...own, ...(base.extends ? { extends: base.extends } : {}) }))),
          { maxKeys: 3 },
        ),
        styleObject,
        fc.array(fc.oneof(styleObject, fc.constant({})), { maxLength: 3 }),
        fc.array(
          fc.record({
            text: fc.constantFrom('甲', '乙 ', ' ab', '  ', '', 'x\u3000'),
            source: fc.integer({ min: 0, max: 2 }),
            lineEnd: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.array(fc.oneof(styleObject, fc.record({ style: fc.oneof(styleNames, fc.array(styleNames, { maxLength: 2 })) })), {
          minLength: 3,
          maxLength: 3,
        }),
        (dictionary, defaultStyle, outer, cuts, sources) => {
          const stack = new StyleContextStack(dictionary, defaultStyle);
          for (const entry of outer) stack.push(entry);
          // Pieces as TextBreaker makes them: the source inline's own fields copied onto each cut.
          const makePieces = (): Piece[] => cuts.map(({ text, source, lineEnd }) => ({ ...sources[source], text, ...(lineEnd ? { lineEnd } : {}) }));
          const inlines = new TextInlines(fontHost());
          const expected = inlines.measure(makePieces(), stack);
          const actual = measurePieces(inlines, makePieces(), stack);
          expect(actual).toEqual(expected);
          expect(actual.map((piece) => Object.keys(piece))).toEqual(expected.map((piece) => Object.keys(piece)));
        },
      ),
      { seed: 20261121, numRuns: 400 },
    );
  });
});
