import { bytesToHex } from './hex';
import { Sha256 } from './sha256';
import { isHighSurrogate, isLowSurrogate } from './utf8';

/**
 * Any SHA-256 with update/digest: the pure Sha256 by default; Node callers may pass node:crypto's
 * createHash('sha256') for speed. Both give the same bytes, so records stay comparable.
 */
export interface IncrementalHash {
  update(data: Uint8Array): unknown;
  /** Optional: hashes the UTF-8 of a string itself (node:crypto does it natively, much faster). */
  updateText?(text: string): unknown;
  digest(): Uint8Array;
}
export type HashFactory = () => IncrementalHash;

const BUFFER_BYTES = 1 << 16;
// A code unit writes at most 4 bytes (a surrogate pair, two units, writes 4): flush before the last 4 bytes.
const FLUSH_AT = BUFFER_BYTES - 4;

/**
 * Streams text into SHA-256 as UTF-8 without building one big string or byte array: the population of a
 * large institution (a million candidate ids) would otherwise be tens of megabytes at once.
 * Lone surrogates are written as U+FFFD (JSON.stringify never emits them: it escapes them as \udxxx).
 */
export class HashingUtf8Writer {
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private length = 0;

  constructor(private readonly hash: IncrementalHash = new Sha256()) {}

  text(text: string): this {
    if (this.hash.updateText) {
      this.flush();
      this.hash.updateText(text);
      return this;
    }
    const out = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      if (at > FLUSH_AT) {
        this.hash.update(out.subarray(0, at));
        at = 0;
      }
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        out[at++] = code;
      } else if (code < 0x800) {
        out[at++] = 0xc0 | (code >> 6);
        out[at++] = 0x80 | (code & 0x3f);
      } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
        code = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
        out[at++] = 0xf0 | (code >> 18);
        out[at++] = 0x80 | ((code >> 12) & 0x3f);
        out[at++] = 0x80 | ((code >> 6) & 0x3f);
        out[at++] = 0x80 | (code & 0x3f);
      } else {
        if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
        out[at++] = 0xe0 | (code >> 12);
        out[at++] = 0x80 | ((code >> 6) & 0x3f);
        out[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.length = at;
    return this;
  }

  digestHex(): string {
    this.flush();
    return bytesToHex(this.hash.digest());
  }

  private flush(): void {
    if (this.length > 0) this.hash.update(this.buffer.subarray(0, this.length));
    this.length = 0;
  }
}
