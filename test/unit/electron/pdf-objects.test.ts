import { describe, expect, it } from 'vitest';
import { PdfLexer, PdfSyntaxError, readIndirectObject, sameValue, type PdfDict, type PdfValue } from '../../../electron/services/signing/pdf-objects';

const parse = (text: string): PdfValue => new PdfLexer(Buffer.from(text, 'latin1')).readValue();

describe('PDF object reader (modification analysis)', () => {
  it('reads dictionaries, arrays, references, names, numbers and keywords', () => {
    const value = parse('<< /Type /Page /Kids [1 0 R 2 0 R] /Box [0 0 595.28 -1.5] /N#20x true /Nothing null /Sub <</A 12 0 R>> >>') as PdfDict;
    expect(value.kind).toBe('dict');
    expect(value.entries.get('Type')).toEqual({ kind: 'name', name: 'Page' });
    expect(value.entries.get('Kids')).toEqual([
      { kind: 'ref', num: 1, gen: 0 },
      { kind: 'ref', num: 2, gen: 0 },
    ]);
    expect(value.entries.get('Box')).toEqual([0, 0, 595.28, -1.5]);
    expect(value.entries.get('N x')).toBe(true);
    expect(value.entries.get('Nothing')).toBeNull();
    expect((value.entries.get('Sub') as PdfDict).entries.get('A')).toEqual({ kind: 'ref', num: 12, gen: 0 });
  });

  it('tells two numbers from a reference, also when a delimiter follows R directly', () => {
    expect(parse('[12 0 13]')).toEqual([12, 0, 13]);
    expect(parse('[12 0 R/Next]')).toEqual([
      { kind: 'ref', num: 12, gen: 0 },
      { kind: 'name', name: 'Next' },
    ]);
    expect(() => parse('[12 0 RG]')).toThrow(PdfSyntaxError); // an operator is not object syntax
  });

  it('decodes literal strings (escapes, nested parentheses, octal) and hex strings to the same bytes', () => {
    const literal = parse('(a\\(b\\) (c) \\101\\n)');
    expect(literal).toEqual({ kind: 'string', bytes: Buffer.from('a(b) (c) A\n', 'latin1') });
    expect(sameValue(parse('(AB)'), parse('<4142>'))).toBe(true);
    expect(sameValue(parse('<< /A 1 /B 2 >>'), parse('<< /B 2 /A 1 >>'))).toBe(true);
    expect(sameValue(parse('<< /A 1 /B 2 >>'), parse('<< /A 1 >>'))).toBe(false);
  });

  it('reads a stream by its direct or indirect /Length and refuses a wrong one', () => {
    const pdf = Buffer.from(
      '7 0 obj\n<< /Length 5 >>\nstream\nhello\nendstream\nendobj\n8 0 obj\n<< /Length 9 0 R >>\nstream\nhi\nendstream\nendobj',
      'latin1',
    );
    expect(readIndirectObject(pdf, 0).value).toMatchObject({ kind: 'stream', data: Buffer.from('hello') });
    const second = pdf.indexOf('8 0 obj');
    expect(readIndirectObject(pdf, second, () => 2).value).toMatchObject({ kind: 'stream', data: Buffer.from('hi') });
    expect(() => readIndirectObject(pdf, second, () => 5)).toThrow(PdfSyntaxError);
    expect(() => readIndirectObject(pdf, second)).toThrow(PdfSyntaxError);
  });

  it('refuses hostile input with PdfSyntaxError rather than a crash', () => {
    expect(() => parse('['.repeat(10_000))).toThrow(PdfSyntaxError);
    expect(() => parse('<< /A (unterminated')).toThrow(PdfSyntaxError);
    expect(() => parse('<< 3 4 >>')).toThrow(PdfSyntaxError);
  });
});
