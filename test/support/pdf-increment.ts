import { deflateSync, inflateSync } from 'node:zlib';

// Hand-written incremental updates, as an attacker (or another tool) would append them to a signed sheet: objects,
// an xref table and a trailer with /Prev, in the layout @signpdf/placeholder-plain writes, so the app can sign after.

export interface AppendedObject {
  num: number;
  /** What goes between `N 0 obj` and `endobj`: a dictionary, or a dictionary plus stream (see streamBody). */
  body: string | Buffer;
}

interface Trailer {
  startxref: number;
  size: number;
  root: string;
  info: string | null;
}

export function lastTrailer(pdf: Buffer): Trailer {
  const text = pdf.toString('latin1');
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const ref = (key: string) => new RegExp(`/${key}\\s+(\\d+ \\d+ R)`).exec(trailer)?.[1] ?? null;
  return {
    startxref: Number(/startxref\s+(\d+)/.exec(trailer)?.[1]),
    size: Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]),
    root: ref('Root') ?? '',
    info: ref('Info'),
  };
}

/** The latest body of object `num` (between `obj` and `endobj`), as latin1 text. */
export function objectBody(pdf: Buffer, num: number): string {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(new RegExp(`(?:^|\\n)${num} 0 obj\\n?([\\s\\S]*?)\\nendobj`, 'g'))];
  const body = matches[matches.length - 1]?.[1];
  if (body === undefined) throw new Error(`object ${num} not found`);
  return body;
}

/** The decompressed data of stream object `num`. */
export function streamData(pdf: Buffer, num: number): Buffer {
  const body = Buffer.from(objectBody(pdf, num), 'latin1');
  const length = Number(/\/Length (\d+)/.exec(body.toString('latin1'))?.[1]);
  const start = body.indexOf('stream\n') + 'stream\n'.length;
  const raw = body.subarray(start, start + length);
  return /\/FlateDecode/.test(body.toString('latin1')) ? inflateSync(raw) : raw;
}

/** A Flate-compressed stream object body with `extra` dictionary entries. */
export function streamBody(data: Buffer | string, extra = ''): Buffer {
  const compressed = deflateSync(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  return Buffer.concat([
    Buffer.from(`<<\n/Length ${compressed.length}\n/Filter /FlateDecode${extra}\n>>\nstream\n`, 'latin1'),
    compressed,
    Buffer.from('\nendstream'),
  ]);
}

/** Appends one revision holding `objects`; the trailer keeps /Root and /Info unless `info` names another object. */
export function appendRevision(pdf: Buffer, objects: readonly AppendedObject[], options: { info?: string } = {}): Buffer {
  const previous = lastTrailer(pdf);
  const parts: Buffer[] = [pdf.subarray(0, pdf.length - (pdf[pdf.length - 1] === 0x0a ? 1 : 0))];
  let length = parts[0]?.length ?? 0;
  const offsets = new Map<number, number>();
  for (const object of objects) {
    const bytes = Buffer.concat([
      Buffer.from(`\n${object.num} 0 obj\n`, 'latin1'),
      Buffer.from(object.body as string, typeof object.body === 'string' ? 'latin1' : undefined),
      Buffer.from('\nendobj\n'),
    ]);
    offsets.set(object.num, length + 1);
    parts.push(bytes);
    length += bytes.length;
  }
  const rows = [
    '0 1',
    '0000000000 65535 f ',
    ...[...offsets].sort(([a], [b]) => a - b).flatMap(([num, at]) => [`${num} 1`, `${String(at).padStart(10, '0')} 00000 n `]),
  ];
  const size = Math.max(previous.size, ...objects.map((o) => o.num + 1));
  const info = options.info ?? previous.info;
  const trailer = [`/Size ${size}`, `/Root ${previous.root}`, ...(info ? [`/Info ${info}`] : []), `/Prev ${previous.startxref}`].join('\n');
  parts.push(Buffer.from(`\nxref\n${rows.join('\n')}\ntrailer\n<<\n${trailer}\n>>\nstartxref\n${length + 1}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** The object numbers @signpdf used: the first page (where its widgets go), the AcroForm and its fields. */
export function signatureLayout(pdf: Buffer): { page: number; acroForm: number; fields: string } {
  const text = pdf.toString('latin1');
  const pages = Number(/\/Pages (\d+) 0 R/.exec(text)?.[1]);
  const page = Number(/\/Kids \[(\d+) 0 R/.exec(objectBody(pdf, pages))?.[1]);
  const acroForm = Number(/\/AcroForm (\d+) 0 R/.exec(objectBody(pdf, Number(lastTrailer(pdf).root.split(' ')[0])))?.[1]);
  const fields = /\/Fields \[([^\]]*)\]/.exec(objectBody(pdf, acroForm))?.[1]?.trim() ?? '';
  return { page, acroForm, fields };
}

/** A Type0 font's ToUnicode CMap (pdfkit's bfrange arrays, or bfchar) as glyph code (4 hex digits) → character. */
export function glyphCodes(cmap: string): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (code: number, unicodeHex: string) => codes.set(code.toString(16).padStart(4, '0'), String.fromCodePoint(parseInt(unicodeHex, 16)));
  for (const [, start, , list] of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    [...(list ?? '').matchAll(/<([0-9a-fA-F]+)>/g)].forEach((m, i) => add(parseInt(start ?? '0', 16) + i, m[1] ?? '0'));
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) add(parseInt(code ?? '0', 16), unicode ?? '0');
  }
  return codes;
}

/**
 * Replaces the shown text `from` by `to` (same length) in every hex string of a content stream, glyph by glyph: the
 * string is decoded through the font's map and each replaced character gets a glyph code that font has for it.
 */
export function replaceShownText(content: string, codes: Map<string, string>, from: string, to: string): { content: string; replaced: number } {
  const codeOf = new Map([...codes].map(([code, char]) => [char, code]));
  const replacement = [...to].map((char) => codeOf.get(char));
  if (replacement.includes(undefined) || [...from].length !== replacement.length) return { content, replaced: 0 };
  let replaced = 0;
  const result = content.replace(/<([0-9a-fA-F]+)>/g, (whole, hex: string) => {
    const glyphs = hex.toLowerCase().match(/.{4}/g) ?? [];
    const text = glyphs.map((code) => codes.get(code) ?? '\u0000').join('');
    const at = text.indexOf(from);
    if (hex.length % 4 !== 0 || at < 0 || [...text].length !== glyphs.length) return whole;
    glyphs.splice(at, replacement.length, ...(replacement as string[]));
    replaced++;
    return `<${glyphs.join('')}>`;
  });
  return { content: result, replaced };
}
