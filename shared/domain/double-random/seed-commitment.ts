import { bytesToHex, hexToBytes } from '../sampling/hex';
import { normalizeSeedHex } from '../sampling/draw-stream';
import { sha256 } from '../sampling/sha256';

/** The seed's commitment, published when the plan is made: SHA-256 of the seed's bytes, lower-case hex. */
export function seedHash(seedHex: string): string {
  return bytesToHex(sha256(hexToBytes(normalizeSeedHex(seedHex)) as Uint8Array));
}
