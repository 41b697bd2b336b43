/**
 * A small, strict-enough reader of PDF objects for the modification analysis: values (dictionaries, arrays, names,
 * strings, numbers, references), indirect objects and raw stream bytes. Streams are never decoded — two streams are
 * the same when their dictionaries and raw bytes are. Anything it cannot read throws PdfSyntaxError, and the caller
 * treats an unreadable later revision as a modification (never as "nothing changed").
 */

export interface PdfName {
  kind: 'name';
  name: string;
}
export interface PdfString {
  kind: 'string';
  bytes: Buffer;
}
export interface PdfRef {
  kind: 'ref';
  num: number;
  gen: number;
}
export interface PdfDict {
  kind: 'dict';
  entries: Map<string, PdfValue>;
}
export interface PdfStream {
  kind: 'stream';
  dict: PdfDict;
  data: Buffer;
}
export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfValue[];
export type PdfObjectValue = PdfValue | PdfStream;

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfObjectValue;
}

export class PdfSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(`${message} (byte ${at})`);
    this.name = 'PdfSyntaxError';
  }
}

/** Nesting deeper than this is not a document we wrote, and would only risk the stack. */
const MAX_DEPTH = 64;

const isWhite = (byte: number | undefined) => byte === 0x00 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
const isDelimiter = (byte: number | undefined) =>
  byte === 0x28 ||
  byte === 0x29 ||
  byte === 0x3c ||
  byte === 0x3e ||
  byte === 0x5b ||
  byte === 0x5d ||
  byte === 0x7b ||
  byte === 0x7d ||
  byte === 0x2f ||
  byte === 0x25;
const isRegular = (byte: number | undefined) => byte !== undefined && !isWhite(byte) && !isDelimiter(byte);

export const pdfName = (name: string): PdfName => ({ kind: 'name', name });

/** A cursor over the file's bytes; `pos` moves as values are read. */
export class PdfLexer {
  constructor(
    readonly bytes: Buffer,
    public pos = 0,
  ) {}

  skipWhitespaceAndComments(): void {
    for (;;) {
      const byte = this.bytes[this.pos];
      if (isWhite(byte)) this.pos++;
      else if (byte === 0x25) while (this.pos < this.bytes.length && this.bytes[this.pos] !== 0x0a && this.bytes[this.pos] !== 0x0d) this.pos++;
      else return;
    }
  }

  /** The next run of regular characters (a keyword or number) without consuming it. */
  peekWord(): string {
    this.skipWhitespaceAndComments();
    let end = this.pos;
    while (isRegular(this.bytes[end])) end++;
    return this.bytes.toString('latin1', this.pos, end);
  }

  readWord(): string {
    const word = this.peekWord();
    this.pos += word.length;
    return word;
  }

  expectWord(word: string): void {
    const at = this.pos;
    if (this.readWord() !== word) throw new PdfSyntaxError(`expected "${word}"`, at);
  }

  readInteger(): number {
    const at = this.pos;
    const word = this.readWord();
    if (!/^\d+$/.test(word)) throw new PdfSyntaxError(`expected an integer, found "${word.slice(0, 20)}"`, at);
    return Number(word);
  }

  readValue(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('objects nested too deeply', this.pos);
    this.skipWhitespaceAndComments();
    const at = this.pos;
    const byte = this.bytes[at];
    if (byte === undefined) throw new PdfSyntaxError('unexpected end of file', at);
    if (byte === 0x3c && this.bytes[at + 1] === 0x3c) return this.readDict(depth);
    if (byte === 0x3c) return this.readHexString();
    if (byte === 0x28) return this.readLiteralString();
    if (byte === 0x5b) return this.readArray(depth);
    if (byte === 0x2f) return this.readName();
    const word = this.readWord();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return /^\d+$/.test(word) ? this.maybeReference(Number(word)) : Number(word);
    throw new PdfSyntaxError(`unexpected "${word.slice(0, 20) || String.fromCharCode(byte)}"`, at);
  }

  /** `12 0 R` is a reference; `12 0` alone (in an array) are two numbers. */
  private maybeReference(num: number): PdfValue {
    const back = this.pos;
    const gen = this.peekWord();
    if (/^\d+$/.test(gen)) {
      this.pos += gen.length;
      if (this.peekWord() === 'R') {
        this.pos += 1;
        return { kind: 'ref', num, gen: Number(gen) };
      }
    }
    this.pos = back;
    return num;
  }

  private readDict(depth: number): PdfDict {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { kind: 'dict', entries };
      }
      const at = this.pos;
      if (this.bytes[at] !== 0x2f) throw new PdfSyntaxError('dictionary key is not a name', at);
      const key = this.readName().name;
      entries.set(key, this.readValue(depth + 1));
    }
  }

  private readArray(depth: number): PdfValue[] {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.bytes[this.pos] === 0x5d) {
        this.pos += 1;
        return items;
      }
      items.push(this.readValue(depth + 1));
    }
  }

  private readName(): PdfName {
    this.pos += 1;
    const start = this.pos;
    while (isRegular(this.bytes[this.pos])) this.pos++;
    const raw = this.bytes.toString('latin1', start, this.pos);
    return pdfName(raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }

  private readHexString(): PdfString {
    const start = this.pos;
    const end = this.bytes.indexOf(0x3e, start);
    if (end < 0) throw new PdfSyntaxError('unterminated hex string', start);
    const hex = this.bytes.toString('latin1', start + 1, end).replace(/\s+/g, '');
    if (!/^[0-9A-Fa-f]*$/.test(hex)) throw new PdfSyntaxError('bad hex string', start);
    this.pos = end + 1;
    return { kind: 'string', bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') };
  }

  private readLiteralString(): PdfString {
    const start = this.pos;
    const out: number[] = [];
    let depth = 0;
    this.pos += 1;
    for (;;) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new PdfSyntaxError('unterminated string', start);
      if (byte === 0x5c) {
        this.readEscape(out);
      } else if (byte === 0x28) {
        depth++;
        out.push(byte);
      } else if (byte === 0x29) {
        if (depth === 0) return { kind: 'string', bytes: Buffer.from(out) };
        depth--;
        out.push(byte);
      } else {
        out.push(byte);
      }
    }
  }

  private readEscape(out: number[]): void {
    const escaped = this.bytes[this.pos++];
    const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
    if (escaped === undefined) return;
    if (simple[escaped] !== undefined) out.push(simple[escaped]);
    else if (escaped >= 0x30 && escaped <= 0x37) {
      let octal = escaped - 0x30;
      for (let i = 0; i < 2 && (this.bytes[this.pos] ?? 0) >= 0x30 && (this.bytes[this.pos] ?? 0) <= 0x37; i++)
        octal = octal * 8 + (this.bytes[this.pos++] ?? 0) - 0x30;
      out.push(octal & 0xff);
    } else if (escaped === 0x0d) {
      if (this.bytes[this.pos] === 0x0a) this.pos++; // a line continuation
    } else if (escaped !== 0x0a) out.push(escaped);
  }
}

/**
 * The indirect object `num gen obj … endobj` at `offset`. A stream's length comes from a direct /Length, or from
 * `resolveLength` for an indirect one; the bytes must then be followed by `endstream`.
 */
export function readIndirectObject(pdf: Buffer, offset: number, resolveLength: (ref: PdfRef) => number | null = () => null): IndirectObject {
  const lexer = new PdfLexer(pdf, offset);
  const num = lexer.readInteger();
  const gen = lexer.readInteger();
  lexer.expectWord('obj');
  const value = lexer.readValue();
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && value.kind === 'dict' && lexer.peekWord() === 'stream') {
    lexer.pos += 'stream'.length;
    if (pdf[lexer.pos] === 0x0d) lexer.pos++;
    if (pdf[lexer.pos] !== 0x0a) throw new PdfSyntaxError('"stream" not followed by a line end', lexer.pos);
    const start = lexer.pos + 1;
    const declared = value.entries.get('Length');
    const length = typeof declared === 'number' ? declared : isRef(declared) ? resolveLength(declared) : null;
    if (length === null || !Number.isInteger(length) || length < 0 || start + length > pdf.length)
      throw new PdfSyntaxError('stream length unknown or out of range', start);
    lexer.pos = start + length;
    lexer.expectWord('endstream');
    lexer.expectWord('endobj');
    return { num, gen, value: { kind: 'stream', dict: value, data: pdf.subarray(start, start + length) } };
  }
  lexer.expectWord('endobj');
  return { num, gen, value };
}

export function isRef(value: PdfObjectValue | undefined): value is PdfRef {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && value.kind === 'ref';
}

export function isDict(value: PdfObjectValue | undefined): value is PdfDict {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && value.kind === 'dict';
}

/** The dictionary of a plain dictionary object or of a stream. */
export function dictOf(value: PdfObjectValue | undefined): PdfDict | null {
  if (isDict(value)) return value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && value.kind === 'stream') return value.dict;
  return null;
}

export function nameOf(value: PdfObjectValue | undefined): string | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && value.kind === 'name' ? value.name : null;
}

/** Structural equality: a literal and a hex string with the same bytes are equal, key order does not matter. */
export function sameValue(a: PdfObjectValue | undefined, b: PdfObjectValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  switch (a.kind) {
    case 'name':
      return b.kind === 'name' && a.name === b.name;
    case 'string':
      return b.kind === 'string' && a.bytes.equals(b.bytes);
    case 'ref':
      return b.kind === 'ref' && a.num === b.num && a.gen === b.gen;
    case 'dict':
      return (
        b.kind === 'dict' &&
        a.entries.size === b.entries.size &&
        [...a.entries].every(([key, value]) => b.entries.has(key) && sameValue(value, b.entries.get(key)))
      );
    case 'stream':
      return b.kind === 'stream' && sameValue(a.dict, b.dict) && a.data.equals(b.data);
  }
}

/** The keys whose values differ between two dictionaries (present in one only, or unequal). */
export function changedKeys(before: PdfDict, after: PdfDict): string[] {
  const keys = new Set([...before.entries.keys(), ...after.entries.keys()]);
  return [...keys].filter((key) => !sameValue(before.entries.get(key), after.entries.get(key))).sort();
}

/** Every reference inside a value (not following them). */
export function referencesIn(value: PdfObjectValue | undefined, found: PdfRef[] = []): PdfRef[] {
  if (value === null || value === undefined || typeof value !== 'object') return found;
  if (Array.isArray(value)) value.forEach((item) => referencesIn(item, found));
  else if (value.kind === 'ref') found.push(value);
  else if (value.kind === 'dict') value.entries.forEach((item) => referencesIn(item, found));
  else if (value.kind === 'stream') referencesIn(value.dict, found);
  return found;
}
