import { parsePdfDate } from './pdf-date';

/** One signature as found in the file: its byte range, the PKCS#7 blob and the texts of its dictionary. */
export interface FoundSignature {
  byteRange: [number, number, number, number];
  contents: Buffer;
  reason: string;
  name: string;
  location: string;
  /** The dictionary's /M: the signing time a PAdES signature claims (its CMS has no signing-time attribute). */
  claimedSigningTime: Date | null;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/**
 * Finds every signature dictionary by its /ByteRange. The gap in a byte range is by definition the /Contents hex
 * string, so the blob is read from there rather than by parsing the dictionary. Ranges still holding the
 * placeholder (/**********) are not signatures yet and are skipped.
 */
export function findSignatures(pdf: Buffer): FoundSignature[] {
  const text = pdf.toString('latin1');
  const found: FoundSignature[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    const byteRange = [1, 2, 3, 4].map((i) => Number(match[i])) as FoundSignature['byteRange'];
    const [, gapStart, gapEnd] = byteRange;
    const hex = text.slice(gapStart + 1, gapEnd - 1);
    const contents = /^[0-9a-fA-F]*$/.test(hex) ? Buffer.from(hex, 'hex') : Buffer.alloc(0);
    const dictionary = enclosingObject(text, match.index ?? 0);
    found.push({
      byteRange,
      contents: exactDer(contents),
      reason: readString(dictionary, 'Reason'),
      name: readString(dictionary, 'Name'),
      location: readString(dictionary, 'Location'),
      claimedSigningTime: parsePdfDate(readString(dictionary, 'M')),
    });
  }
  return found;
}

function enclosingObject(text: string, at: number): string {
  const start = text.lastIndexOf(' obj', at);
  const end = text.indexOf('endobj', at);
  return text.slice(start < 0 ? Math.max(0, at - 4000) : start, end < 0 ? at + 4000 : end);
}

/** The placeholder is zero-padded after the DER; cut at the length its outer header declares (the DER may end in 0x00). */
function exactDer(bytes: Buffer): Buffer {
  if (bytes.length < 2 || bytes[0] !== 0x30) return bytes;
  const first = bytes[1] ?? 0;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const lengthBytes = first & 0x7f;
  let length = 0;
  for (let i = 0; i < lengthBytes; i++) length = length * 256 + (bytes[2 + i] ?? 0);
  return bytes.subarray(0, Math.min(bytes.length, 2 + lengthBytes + length));
}

/** A text string value: <FEFF…> hex (UTF-16BE) or a (literal) with PDF escapes. */
export function readString(dictionary: string, key: string): string {
  const hex = new RegExp(`/${key}\\s*<([0-9A-Fa-f\\s]*)>`).exec(dictionary);
  if (hex?.[1] !== undefined) return decodeTextBytes(Buffer.from(hex[1].replace(/\s+/g, ''), 'hex'));
  const literal = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`, 's').exec(dictionary);
  if (literal?.[1] !== undefined) return decodeTextBytes(Buffer.from(unescapeLiteral(literal[1]), 'latin1'));
  return '';
}

function decodeTextBytes(bytes: Buffer): string {
  // A damaged file may hold an odd number of UTF-16 bytes: the half character is dropped, the rest still shown.
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)))
      .swap16()
      .toString('utf16le');
  return bytes.toString('latin1');
}

function unescapeLiteral(value: string): string {
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
  return value.replace(/\\([0-7]{1,3}|.)/gs, (_, escape: string) =>
    /^[0-7]+$/.test(escape) ? String.fromCharCode(parseInt(escape, 8)) : (simple[escape] ?? escape),
  );
}
