import { createHmac, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { syncError } from '../format/sync-error';
import {
  asn1Builders,
  decryptPrivateKeyInfo,
  deriveKey,
  encryptPrivateKeyInfo,
  HMAC_SHA256_OID,
  KDF_ITERATIONS,
  PBKDF2_OID,
  PBMAC1_OID,
  pbmac1Algorithm,
  toDer,
} from './pbes2';

// PKCS#12 (RFC 7292) as this app writes it: one unencrypted SafeContents with the two certificates, one with the
// PBES2-shrouded key, and a PBMAC1 MAC (RFC 9579) over both. The reader takes exactly that shape.

export interface PfxContents {
  privateKey: KeyObject;
  /** The holder's certificate first, then the CA. */
  certificatesDer: Buffer[];
  friendlyName: string;
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  certBag: '1.2.840.113549.1.12.10.1.3',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
} as const;

/** More than any sane file and few enough that a crafted one cannot keep the laptop busy for minutes. */
const MAX_ITERATIONS = 10_000_000;

const { asn1 } = forge;
const { seq, oid, octets, integer } = asn1Builders;
const explicit0 = (inner: forge.asn1.Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [inner]);
const set = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
const bmpString = (text: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BMPSTRING, false, Buffer.from(text, 'utf16le').swap16().toString('binary'));
const dataContentInfo = (der: Buffer) => seq([oid(OID.data), explicit0(octets(der))]);

function bagAttributes(friendlyName: string, localKeyId: Buffer): forge.asn1.Asn1 {
  return set([seq([oid(OID.friendlyName), set([bmpString(friendlyName)])]), seq([oid(OID.localKeyId), set([octets(localKeyId)])])]);
}

export function writePfx(contents: PfxContents, pin: string, iterations = KDF_ITERATIONS): Buffer {
  const localKeyId = randomBytes(20);
  const certBags = contents.certificatesDer.map((der, index) =>
    seq([
      oid(OID.certBag),
      explicit0(seq([oid(OID.x509Certificate), explicit0(octets(der))])),
      ...(index === 0 ? [bagAttributes(contents.friendlyName, localKeyId)] : []),
    ]),
  );
  const keyBag = seq([
    oid(OID.shroudedKeyBag),
    explicit0(encryptPrivateKeyInfo(contents.privateKey, pin, iterations)),
    bagAttributes(contents.friendlyName, localKeyId),
  ]);
  const authenticatedSafe = toDer(seq([dataContentInfo(toDer(seq(certBags))), dataContentInfo(toDer(seq([keyBag])))]));
  const macSalt = randomBytes(16);
  const mac = createHmac('sha256', deriveKey(pin, macSalt, iterations))
    .update(authenticatedSafe)
    .digest();
  // RFC 9579: the MacData's own salt and count are not used with PBMAC1; the salt is a placeholder, the count 1.
  const macData = seq([seq([pbmac1Algorithm(macSalt, iterations), octets(mac)]), octets(Buffer.from('NOT USED')), integer(1)]);
  return toDer(seq([integer(3), dataContentInfo(authenticatedSafe), macData]));
}

const bytesOf = (node: forge.asn1.Asn1 | undefined): Buffer => {
  if (!node || typeof node.value !== 'string') throw new Error('expected a primitive value');
  return Buffer.from(node.value, 'binary');
};
const childrenOf = (node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] => {
  if (!node || !Array.isArray(node.value)) throw new Error('expected a constructed value');
  return node.value;
};
const oidOf = (node: forge.asn1.Asn1 | undefined): string => asn1.derToOid(bytesOf(node).toString('binary'));
const integerOf = (node: forge.asn1.Asn1 | undefined): number => Number.parseInt(bytesOf(node).toString('hex') || '0', 16);

interface Pbmac1Parameters {
  salt: Buffer;
  iterations: number;
}

/** The MAC's PBKDF2 salt and count, or null when the MacData is not PBMAC1 with HMAC-SHA256 (a file of an earlier version). */
function pbmac1Parameters(algorithm: forge.asn1.Asn1): Pbmac1Parameters | null {
  const [algorithmOid, parameters] = childrenOf(algorithm);
  if (oidOf(algorithmOid) !== PBMAC1_OID) return null;
  const [kdf, scheme] = childrenOf(parameters);
  const [kdfOid, kdfParameters] = childrenOf(kdf);
  const [salt, count, keyLength, prf] = childrenOf(kdfParameters);
  const iterations = integerOf(count);
  const valid =
    oidOf(kdfOid) === PBKDF2_OID &&
    integerOf(keyLength) === 32 &&
    oidOf(childrenOf(prf)[0]) === HMAC_SHA256_OID &&
    oidOf(childrenOf(scheme)[0]) === HMAC_SHA256_OID &&
    iterations >= 1 &&
    iterations <= MAX_ITERATIONS;
  if (!valid) throw new Error('unsupported PBMAC1 parameters');
  return { salt: bytesOf(salt), iterations };
}

/**
 * Opens a file this version wrote; null when its MAC is not PBMAC1 (the caller falls back to the legacy reader). A
 * wrong PIN or a changed byte fails the MAC before anything is decrypted.
 */
export function readPbmac1(pfx: forge.asn1.Asn1, pin: string): { privateKey: KeyObject; certificatesDer: Buffer[] } | null {
  let parameters: Pbmac1Parameters | null;
  let authenticatedSafe: Buffer;
  let macValue: Buffer;
  try {
    const [, authSafe, macData] = childrenOf(pfx);
    if (!macData) return null;
    const [digestInfo] = childrenOf(macData);
    const [algorithm, digest] = childrenOf(digestInfo);
    if (!algorithm) return null;
    parameters = pbmac1Parameters(algorithm);
    if (!parameters) return null;
    const [contentType, content] = childrenOf(authSafe);
    if (oidOf(contentType) !== OID.data) throw new Error('authSafe is not data');
    authenticatedSafe = bytesOf(childrenOf(content)[0]);
    macValue = bytesOf(digest);
  } catch {
    throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_UNREADABLE' });
  }
  const expected = createHmac('sha256', deriveKey(pin, parameters.salt, parameters.iterations))
    .update(authenticatedSafe)
    .digest();
  if (macValue.length !== expected.length || !timingSafeEqual(macValue, expected))
    throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_UNREADABLE' });
  return readSafeContents(authenticatedSafe, pin);
}

function readSafeContents(authenticatedSafe: Buffer, pin: string): { privateKey: KeyObject; certificatesDer: Buffer[] } {
  const certificatesDer: Buffer[] = [];
  const keys: KeyObject[] = [];
  try {
    for (const contentInfo of childrenOf(asn1.fromDer(authenticatedSafe.toString('binary')))) {
      const [contentType, content] = childrenOf(contentInfo);
      if (oidOf(contentType) !== OID.data) throw new Error('only data SafeContents are written by this app');
      for (const bag of childrenOf(asn1.fromDer(bytesOf(childrenOf(content)[0]).toString('binary')))) {
        const [bagId, bagValue] = childrenOf(bag);
        const value = childrenOf(bagValue)[0];
        if (oidOf(bagId) === OID.certBag) certificatesDer.push(bytesOf(childrenOf(childrenOf(value)[1])[0]));
        if (oidOf(bagId) === OID.shroudedKeyBag && value) {
          const key = decryptPrivateKeyInfo(toDer(value), pin);
          if (key) keys.push(key);
        }
      }
    }
  } catch {
    throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_UNREADABLE' });
  }
  const [privateKey] = keys;
  if (!privateKey) throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_NO_KEY' });
  return { privateKey, certificatesDer };
}
