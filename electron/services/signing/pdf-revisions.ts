import {
  isDict,
  PdfLexer,
  PdfSyntaxError,
  readIndirectObject,
  type IndirectObject,
  type PdfDict,
  type PdfObjectValue,
  type PdfRef,
} from './pdf-objects';

/** One row of a cross-reference table. */
export interface XrefEntry {
  offset: number;
  gen: number;
  inUse: boolean;
}

/** One revision: its cross-reference section (where `xref` starts) and trailer. */
export interface XrefSection {
  offset: number;
  entries: Map<number, XrefEntry>;
  trailer: PdfDict;
}

/**
 * The file uses a cross-reference stream (PDF 1.5) or a hybrid table. Our sheets never do (pdfkit and
 * @signpdf/placeholder-plain write plain tables), so such a later revision is not read but reported as a change.
 */
export class XrefStreamNotSupported extends Error {
  constructor(readonly at: number) {
    super(`cross-reference stream at byte ${at}`);
    this.name = 'XrefStreamNotSupported';
  }
}

/** Revisions more than this are not a panel's sheet; the bound keeps a hostile /Prev loop finite. */
const MAX_REVISIONS = 1000;

/** The offset named by the last `startxref N %%EOF` that ends at or before `end` (the whole file by default). */
export function lastStartxref(pdf: Buffer, end = pdf.length): number | null {
  const text = pdf.toString('latin1', Math.max(0, end - 2048), end);
  const matches = [...text.matchAll(/startxref\s+(\d+)\s+%%EOF/g)];
  const last = matches[matches.length - 1];
  return last?.[1] === undefined ? null : Number(last[1]);
}

/** Every section from the first revision to the one at `startxref`, oldest first, following /Prev backwards. */
export function readXrefChain(pdf: Buffer, startxref: number): XrefSection[] {
  const chain: XrefSection[] = [];
  let at: number | null = startxref;
  while (at !== null) {
    if (chain.length >= MAX_REVISIONS) throw new PdfSyntaxError('too many revisions', at);
    const section = readXrefSection(pdf, at);
    chain.unshift(section);
    const prev = section.trailer.entries.get('Prev');
    if (prev === undefined) at = null;
    else if (typeof prev === 'number' && Number.isInteger(prev) && prev >= 0 && prev < section.offset) at = prev;
    else throw new PdfSyntaxError('/Prev does not point back to an earlier section', section.offset);
  }
  return chain;
}

function readXrefSection(pdf: Buffer, offset: number): XrefSection {
  if (offset >= pdf.length) throw new PdfSyntaxError('startxref points past the end of the file', offset);
  const lexer = new PdfLexer(pdf, offset);
  // placeholder-plain's startxref points at the line end before "xref": whitespace there is tolerated.
  if (lexer.peekWord() !== 'xref') {
    if (/^\d+$/.test(lexer.peekWord())) throw new XrefStreamNotSupported(offset);
    throw new PdfSyntaxError('no cross-reference table at startxref', offset);
  }
  lexer.readWord();
  const entries = new Map<number, XrefEntry>();
  while (/^\d+$/.test(lexer.peekWord())) {
    const first = lexer.readInteger();
    const count = lexer.readInteger();
    for (let i = 0; i < count; i++) {
      const entryOffset = lexer.readInteger();
      const gen = lexer.readInteger();
      const at = lexer.pos;
      const kind = lexer.readWord();
      if (kind !== 'n' && kind !== 'f') throw new PdfSyntaxError('cross-reference entry is neither n nor f', at);
      entries.set(first + i, { offset: entryOffset, gen, inUse: kind === 'n' });
    }
  }
  lexer.expectWord('trailer');
  const trailer = lexer.readValue();
  if (!isDict(trailer)) throw new PdfSyntaxError('trailer is not a dictionary', lexer.pos);
  if (trailer.entries.has('XRefStm')) throw new XrefStreamNotSupported(offset);
  return { offset, entries, trailer };
}

/** The objects visible after a prefix of the chain: later sections override earlier ones, object by object. */
export class RevisionState {
  readonly entries = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, IndirectObject>();
  /** Objects being read: an indirect /Length that leads back to one of them is a loop, not a length. */
  private readonly reading = new Set<number>();

  constructor(
    private readonly pdf: Buffer,
    sections: readonly XrefSection[],
  ) {
    for (const section of sections) for (const [num, entry] of section.entries) this.entries.set(num, entry);
    const last = sections[sections.length - 1];
    this.trailer = last?.trailer ?? { kind: 'dict', entries: new Map() };
  }

  readonly trailer: PdfDict;

  has(num: number): boolean {
    return num !== 0 && this.entries.get(num)?.inUse === true;
  }

  /** The object's value; throws PdfSyntaxError when the entry points at something else. */
  get(num: number): PdfObjectValue {
    const entry = this.entries.get(num);
    if (!entry?.inUse || num === 0) return null; // a missing object is null (PDF 32000-1 §7.3.10)
    const cached = this.cache.get(num);
    if (cached) return cached.value;
    if (this.reading.has(num)) throw new PdfSyntaxError(`object ${num} refers to itself for its length`, entry.offset);
    this.reading.add(num);
    let object: IndirectObject;
    try {
      object = readIndirectObject(this.pdf, entry.offset, (ref) => this.lengthOf(ref));
    } finally {
      this.reading.delete(num);
    }
    if (object.num !== num || object.gen !== entry.gen)
      throw new PdfSyntaxError(`object ${num} expected, found ${object.num} ${object.gen}`, entry.offset);
    this.cache.set(num, object);
    return object.value;
  }

  /** A dereferenced value: follows one reference, leaves anything else as it is. */
  resolve(value: PdfObjectValue | undefined): PdfObjectValue | undefined {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && value.kind === 'ref' ? this.get(value.num) : value;
  }

  private lengthOf(ref: PdfRef): number | null {
    const length = this.get(ref.num);
    return typeof length === 'number' ? length : null;
  }
}
