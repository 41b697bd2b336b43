import { createCipheriv, createPrivateKey, pbkdf2Sync, randomBytes, type KeyObject } from 'node:crypto';
import forge from 'node-forge';

/**
 * PBKDF2-HMAC-SHA256 iterations for every key this app encrypts under a typed secret (the .p12's key and MAC, the
 * laptop's key under the local passphrase, the office's keys under the office passphrase). OWASP's 2023 figure;
 * about 0.3 s per derivation natively. Node's own `export({ cipher })` uses OpenSSL's 2,048 and cannot be told more.
 */
export const KDF_ITERATIONS = 600_000;

const OID = {
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbmac1: '1.2.840.113549.1.5.14',
  hmacWithSha256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
} as const;

const { asn1 } = forge;
const seq = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const oid = (id: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const integer = (value: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const nullValue = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');

export const toDer = (node: forge.asn1.Asn1): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary');

/** PBKDF2-params with HMAC-SHA256 (RFC 8018 A.2); the key length is written out, as PBMAC1 requires. */
function pbkdf2Algorithm(salt: Buffer, iterations: number, keyLength: number): forge.asn1.Asn1 {
  return seq([oid(OID.pbkdf2), seq([octets(salt), integer(iterations), integer(keyLength), seq([oid(OID.hmacWithSha256), nullValue()])])]);
}

export const deriveKey = (passphrase: string, salt: Buffer, iterations: number): Buffer =>
  pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, iterations, 32, 'sha256');

/**
 * EncryptedPrivateKeyInfo (PKCS#8) under PBES2: PBKDF2-HMAC-SHA256 at `iterations`, AES-256-CBC. Built here because
 * Node cannot choose the count and forge's PBKDF2 with SHA-256 runs in JavaScript (seconds); OpenSSL reads it back.
 */
export function encryptPrivateKeyInfo(key: KeyObject, passphrase: string, iterations = KDF_ITERATIONS): forge.asn1.Asn1 {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', deriveKey(passphrase, salt, iterations), iv);
  const encrypted = Buffer.concat([cipher.update(key.export({ type: 'pkcs8', format: 'der' })), cipher.final()]);
  const scheme = seq([oid(OID.pbes2), seq([pbkdf2Algorithm(salt, iterations, 32), seq([oid(OID.aes256Cbc), octets(iv)])])]);
  return seq([scheme, octets(encrypted)]);
}

/** PEM "ENCRYPTED PRIVATE KEY" at the app's iteration count: how every private key is kept at rest. */
export function encryptKeyPem(key: KeyObject, passphrase: string, iterations = KDF_ITERATIONS): string {
  const base64 = toDer(encryptPrivateKeyInfo(key, passphrase, iterations)).toString('base64');
  return `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${base64.replace(/.{1,64}/g, '$&\n')}-----END ENCRYPTED PRIVATE KEY-----\n`;
}

/** Any encrypted PKCS#8 OpenSSL reads (ours, Node's 2,048-iteration export, a .p12's PBES2 or 3DES key bag); null when the secret is wrong. */
export function decryptPrivateKeyInfo(der: Buffer, passphrase: string): KeyObject | null {
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase });
  } catch {
    return null;
  }
}

/** PBMAC1 (RFC 9579) AlgorithmIdentifier: HMAC-SHA256 keyed by PBKDF2-HMAC-SHA256. */
export function pbmac1Algorithm(salt: Buffer, iterations: number): forge.asn1.Asn1 {
  return seq([oid(OID.pbmac1), seq([pbkdf2Algorithm(salt, iterations, 32), seq([oid(OID.hmacWithSha256), nullValue()])])]);
}

export const PBMAC1_OID = OID.pbmac1;
export const PBKDF2_OID = OID.pbkdf2;
export const HMAC_SHA256_OID = OID.hmacWithSha256;
export const asn1Builders = { seq, oid, octets, integer };

/** The PBKDF2 iteration count of an encrypted PKCS#8 PEM, or null when it is not PBES2 with PBKDF2. */
export function pbkdf2Iterations(pem: string): number | null {
  try {
    const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
    const [scheme] = asn1.fromDer(der.toString('binary')).value as forge.asn1.Asn1[];
    const [schemeOid, parameters] = scheme?.value as forge.asn1.Asn1[];
    const [kdf] = parameters?.value as forge.asn1.Asn1[];
    const [kdfOid, kdfParameters] = kdf?.value as forge.asn1.Asn1[];
    const [, count] = kdfParameters?.value as forge.asn1.Asn1[];
    if (asn1.derToOid(String(schemeOid?.value)) !== OID.pbes2 || asn1.derToOid(String(kdfOid?.value)) !== OID.pbkdf2) return null;
    return Number.parseInt(forge.util.bytesToHex(String(count?.value)), 16);
  } catch {
    return null;
  }
}
