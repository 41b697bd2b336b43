import { bytesToHex } from './hex';
import { Sha256 } from './sha256';
import { utf8Encode } from './utf8';

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

/**
 * Streams text into SHA-256 as UTF-8, piece by piece: the population of a large institution (a million
 * candidate ids) is never one big string or byte array. Lone surrogates become U+FFFD (JSON.stringify never
 * emits them: it escapes them as \udxxx).
 */
export class HashingUtf8Writer {
  constructor(private readonly hash: IncrementalHash = new Sha256()) {}

  text(text: string): this {
    if (this.hash.updateText) this.hash.updateText(text);
    else this.hash.update(utf8Encode(text));
    return this;
  }

  digestHex(): string {
    return bytesToHex(this.hash.digest());
  }
}
