import { bytesToHex } from './hex';
import { Sha256 } from './sha256';
import { isHighSurrogate, isLowSurrogate, utf8Encode } from './utf8';

const SHORT_ESCAPES: Readonly<Record<number, string>> = { 8: 'b', 9: 't', 10: 'n', 12: 'f', 13: 'r', 34: '"', 92: '\\' };
const HEX = '0123456789abcdef';

/**
 * Streams JSON text into SHA-256 without building the whole string: the population of a large institution
 * (a million candidate ids) would otherwise be a string of tens of megabytes.
 * `jsonString` writes exactly the UTF-8 bytes of JSON.stringify(text).
 */
export class HashingJsonWriter {
  private readonly hash = new Sha256();
  private readonly buffer = new Uint8Array(1 << 16);
  private length = 0;

  /** Writes characters below U+0080 as they are (structural JSON: braces, keys, commas). */
  ascii(text: string): this {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
    return this;
  }

  jsonString(text: string): this {
    const worstCase = text.length * 6 + 2;
    if (worstCase > this.buffer.length) {
      this.flush();
      this.hash.update(utf8Encode(JSON.stringify(text)));
      return this;
    }
    this.reserve(worstCase);
    const out = this.buffer;
    let at = this.length;
    out[at++] = 34;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x20 && code < 0x80 && code !== 34 && code !== 92) {
        out[at++] = code;
      } else if (code < 0x20 || code === 34 || code === 92) {
        const short = SHORT_ESCAPES[code];
        out[at++] = 92;
        if (short !== undefined) out[at++] = short.charCodeAt(0);
        else at = writeUnicodeEscape(out, at, code);
      } else if (code < 0x800) {
        out[at++] = 0xc0 | (code >> 6);
        out[at++] = 0x80 | (code & 0x3f);
      } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
        const point = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
        out[at++] = 0xf0 | (point >> 18);
        out[at++] = 0x80 | ((point >> 12) & 0x3f);
        out[at++] = 0x80 | ((point >> 6) & 0x3f);
        out[at++] = 0x80 | (point & 0x3f);
      } else if (code >= 0xd800 && code <= 0xdfff) {
        // A lone surrogate: JSON.stringify writes it as \udxxx.
        out[at++] = 92;
        at = writeUnicodeEscape(out, at, code);
      } else {
        out[at++] = 0xe0 | (code >> 12);
        out[at++] = 0x80 | ((code >> 6) & 0x3f);
        out[at++] = 0x80 | (code & 0x3f);
      }
    }
    out[at++] = 34;
    this.length = at;
    return this;
  }

  digestHex(): string {
    this.flush();
    return bytesToHex(this.hash.digest());
  }

  private reserve(bytes: number): void {
    if (this.length + bytes > this.buffer.length) this.flush();
  }

  private flush(): void {
    this.hash.update(this.buffer, 0, this.length);
    this.length = 0;
  }
}

/** Writes `uXXXX` (the backslash is already written). */
function writeUnicodeEscape(out: Uint8Array, at: number, code: number): number {
  out[at++] = 117;
  for (let shift = 12; shift >= 0; shift -= 4) out[at++] = HEX.charCodeAt((code >> shift) & 15);
  return at;
}
