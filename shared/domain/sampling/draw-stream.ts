import { AppError } from '../../errors';
import { bytesToHex, hexToBytes } from './hex';
import { sha256 } from './sha256';
import { utf8Encode } from './utf8';

/** Version of the whole sampling procedure; any change to bytes, order or rules gets a new version. */
export const SAMPLING_ALGORITHM = 'skill-inspector/sample/v1';

const SEED_MIN_BYTES = 16;
const SEED_MAX_BYTES = 64;
export const NEW_SEED_BYTES = 32;

/** A fresh seed from the caller's CSPRNG (crypto.getRandomValues / node:crypto randomBytes). */
export function newSeedHex(randomBytes: (length: number) => Uint8Array): string {
  const bytes = randomBytes(NEW_SEED_BYTES);
  if (bytes.length !== NEW_SEED_BYTES) throw new Error(`randomBytes returned ${bytes.length} bytes`);
  return bytesToHex(bytes);
}

/** Lower-case hex of 16–64 bytes; throws AppError SAMPLE_BAD_SEED otherwise. */
export function normalizeSeedHex(seed: string): string {
  const trimmed = seed.trim();
  const bytes = hexToBytes(trimmed);
  if (!bytes || bytes.length < SEED_MIN_BYTES || bytes.length > SEED_MAX_BYTES) {
    throw new AppError('SAMPLE_BAD_SEED', { min: SEED_MIN_BYTES * 2, max: SEED_MAX_BYTES * 2, seed: trimmed.slice(0, 140) });
  }
  return trimmed.toLowerCase();
}

/**
 * A named stream of random 32-bit words, counter mode over SHA-256:
 *   K       = SHA-256(seed bytes)
 *   block_i = SHA-256(K ‖ ASCII("skill-inspector/sample/v1") ‖ u32be(len(S)) ‖ S ‖ u64be(i)),  i = 0, 1, 2 …
 * where S is the UTF-8 stream name. Each block gives 8 words, read as big-endian uint32 in order;
 * words are consumed one after another and none is skipped.
 */
export class DrawStream {
  private readonly message: Uint8Array;
  private readonly counterOffset: number;
  private counter = 0;
  private block: Uint8Array = new Uint8Array(0);
  private wordIndex = 8;

  constructor(seedHex: string, streamName: string) {
    const key = sha256(hexToBytes(normalizeSeedHex(seedHex)) as Uint8Array);
    const label = utf8Encode(SAMPLING_ALGORITHM);
    const name = utf8Encode(streamName);
    this.message = new Uint8Array(key.length + label.length + 4 + name.length + 8);
    let at = 0;
    this.message.set(key, at);
    at += key.length;
    this.message.set(label, at);
    at += label.length;
    writeUint32BE(this.message, at, name.length);
    at += 4;
    this.message.set(name, at);
    this.counterOffset = at + name.length;
  }

  nextUint32(): number {
    if (this.wordIndex === 8) {
      writeUint32BE(this.message, this.counterOffset, Math.floor(this.counter / 0x100000000));
      writeUint32BE(this.message, this.counterOffset + 4, this.counter >>> 0);
      this.block = sha256(this.message);
      this.counter++;
      this.wordIndex = 0;
    }
    const j = this.wordIndex++ * 4;
    const b = this.block;
    return (((b[j] as number) << 24) | ((b[j + 1] as number) << 16) | ((b[j + 2] as number) << 8) | (b[j + 3] as number)) >>> 0;
  }

  /**
   * Uniform integer in [0, bound), 1 ≤ bound ≤ 2^32, without modulo bias: words ≥ 2^32 − (2^32 mod bound)
   * are rejected and the next word is read. Every call reads at least one word (also for bound = 1).
   */
  uniformInt(bound: number): number {
    if (!Number.isInteger(bound) || bound < 1 || bound > 0x100000000) throw new RangeError(`bad bound ${bound}`);
    const limit = 0x100000000 - (0x100000000 % bound);
    for (;;) {
      const word = this.nextUint32();
      if (word < limit) return word % bound;
    }
  }
}

function writeUint32BE(out: Uint8Array, at: number, value: number): void {
  out[at] = value >>> 24;
  out[at + 1] = (value >>> 16) & 0xff;
  out[at + 2] = (value >>> 8) & 0xff;
  out[at + 3] = value & 0xff;
}
