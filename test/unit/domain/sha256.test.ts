import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashingUtf8Writer } from '../../../shared/domain/sampling/hashing-writer';
import { bytesToHex, hexToBytes } from '../../../shared/domain/sampling/hex';
import { Sha256, sha256 } from '../../../shared/domain/sampling/sha256';
import { utf8Encode } from '../../../shared/domain/sampling/utf8';

const ascii = (text: string) => utf8Encode(text);
const nodeHex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('SHA-256 (pure TypeScript)', () => {
  it('R-SM-06 matches the FIPS 180-4 test vectors', () => {
    expect(bytesToHex(sha256(ascii('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(bytesToHex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(bytesToHex(sha256(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(bytesToHex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('R-SM-06 gives the same digest whatever the chunking, and agrees with node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 6 }), (data, cuts) => {
        const hash = new Sha256();
        const points = [...new Set(cuts.map((cut) => cut % (data.length + 1)))].sort((a, b) => a - b);
        let previous = 0;
        for (const point of [...points, data.length]) {
          hash.update(data, previous, point);
          previous = point;
        }
        expect(bytesToHex(hash.digest())).toBe(nodeHex(data));
      }),
    );
  });

  it('R-SM-06 refuses to be used after digest', () => {
    const hash = new Sha256();
    hash.digest();
    expect(() => hash.update(new Uint8Array(1))).toThrow();
    expect(() => hash.digest()).toThrow();
  });
});

describe('UTF-8, hex and the streamed JSON writer', () => {
  it('R-SM-06 utf8Encode equals Buffer.from(text, "utf8") including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Buffer.from(utf8Encode(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
    );
  });

  it('R-SM-06 the streamed UTF-8 hash equals SHA-256 of the whole text, however it is split', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 20 }), (pieces) => {
        const writer = new HashingUtf8Writer();
        for (const piece of pieces) writer.text(piece);
        expect(writer.digestHex()).toBe(nodeHex(Buffer.from(pieces.join(''), 'utf8')));
      }),
    );
  });

  it('R-SM-06 the streamed writer handles texts larger than its buffer and lone surrogates like TextEncoder', () => {
    const long = `考生😀${'a'.repeat(70_000)}考生`.repeat(3);
    expect(new HashingUtf8Writer().text(long).digestHex()).toBe(nodeHex(Buffer.from(long, 'utf8')));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(new HashingUtf8Writer().text(text).digestHex()).toBe(nodeHex(Buffer.from(text, 'utf8')));
      }),
    );
  });

  it('R-SM-06 hex round-trips and rejects odd or non-hex input', () => {
    expect(bytesToHex(hexToBytes('00ff10Ab') as Uint8Array)).toBe('00ff10ab');
    expect(hexToBytes('abc')).toBeNull();
    expect(hexToBytes('zz')).toBeNull();
  });
});
