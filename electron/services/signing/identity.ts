import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { AppError } from '../../../shared/errors';

/** An inspector's signing identity as stored: certificate and a passphrase-encrypted PKCS#8 key, both PEM. */
export interface StoredIdentity {
  certificatePem: string;
  encryptedKeyPem: string;
}

/** An identity unlocked for signing: the key never leaves memory unencrypted. */
export interface SigningIdentity {
  certificateDer: Buffer;
  privateKey: KeyObject;
  commonName: string;
}

export interface SelfSignedOptions {
  commonName: string;
  organization?: string;
  passphrase: string;
  now?: Date;
  validityYears?: number;
}

const UTF8 = forge.asn1.Type.UTF8;

/**
 * A local self-signed RSA-2048 certificate until the office CA issues real ones. Names are UTF8String so a
 * Chinese CN (CN=张三) reads back correctly; the key is written only as encrypted PKCS#8 (AES-256).
 */
export function createSelfSignedIdentity(options: SelfSignedOptions): StoredIdentity {
  if (options.passphrase.length < 6) throw new AppError('WEAK_PASSPHRASE', { minimum: 6 });
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = options.now ?? new Date();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // Positive serial: a leading 0x01 byte keeps the DER INTEGER from reading as negative.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setFullYear(now.getFullYear() + (options.validityYears ?? 5));
  const attributes = [
    { shortName: 'CN', value: options.commonName, valueTagClass: UTF8 },
    ...(options.organization ? [{ shortName: 'O', value: options.organization, valueTagClass: UTF8 }] : []),
  ];
  cert.setSubject(attributes as unknown as forge.pki.CertificateField[]);
  cert.setIssuer(attributes as unknown as forge.pki.CertificateField[]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  const forgeKey = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  cert.sign(forgeKey, forge.md.sha256.create());
  return {
    certificatePem: forge.pki.certificateToPem(cert),
    encryptedKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: options.passphrase }).toString(),
  };
}

/** Decrypts the key with the inspector's passphrase; a wrong passphrase is a plain-Chinese error. */
export function unlockIdentity(stored: StoredIdentity, passphrase: string): SigningIdentity {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: stored.encryptedKeyPem, format: 'pem', passphrase });
  } catch {
    throw new AppError('WRONG_PASSPHRASE');
  }
  const certificateDer = pemToDer(stored.certificatePem);
  return { certificateDer, privateKey, commonName: certificateCommonName(certificateDer) };
}

export function pemToDer(pem: string): Buffer {
  const body = pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  return Buffer.from(body, 'base64');
}

/** CN of a certificate, decoding UTF8String values (forge keeps them as raw UTF-8 bytes). */
export function certificateCommonName(certificateDer: Buffer): string {
  const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(certificateDer.toString('binary')));
  const cn = cert.subject.getField('CN') as { value: string; valueTagClass: number } | null;
  if (!cn) return '';
  return cn.valueTagClass === UTF8 ? forge.util.decodeUtf8(cn.value) : cn.value;
}
