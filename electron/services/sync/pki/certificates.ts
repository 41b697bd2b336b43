import { createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { encryptKeyPem } from './pbes2';

/** Who a certificate names. CN and O may be Chinese; OU carries the device key (or 'office' / 'ca'), ASCII only. */
export interface CertificateName {
  commonName: string;
  organization: string;
  unit: string;
}

export type CertificateUse = 'ca' | 'office' | 'inspector';

export interface IssueRequest {
  subject: CertificateName;
  subjectPublicKey: KeyObject;
  /** Null for the self-signed root. */
  issuer: { name: CertificateName; key: KeyObject } | null;
  use: CertificateUse;
  now: Date;
  validityYears: number;
}

/**
 * RSA sizes. The office's root and exchange keys live 10 years, past 2030 when 2048 bits stop being enough (NIST SP
 * 800-57), so they are 3072. An inspector's certificate lives 3 years: 2048. RSA and not ECDSA: node-forge (the
 * certificates, PKCS#12 and the PDFs' PKCS#7 signatures) has no ECDSA, and the envelope wraps its key with RSA-OAEP.
 * Offices made with 2048-bit keys keep working: every check reads the key from the certificate.
 */
export const RSA_BITS = { office: 3072, inspector: 2048 } as const;

/** Node's generator (native, well under a second for 3072 bits), never forge's. */
export function generateRsaKeyPair(bits: (typeof RSA_BITS)[keyof typeof RSA_BITS]): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: bits });
}

/**
 * Names are written as UTF8String from the JS strings every time, never copied from a parsed certificate: forge would
 * UTF-8-encode the already encoded bytes of a parsed name a second time, and the issuer of a child would no longer
 * match its CA's subject byte for byte.
 */
function attributes(name: CertificateName): forge.pki.CertificateField[] {
  const utf8 = forge.asn1.Type.UTF8;
  return [
    { shortName: 'CN', value: name.commonName, valueTagClass: utf8 },
    { shortName: 'O', value: name.organization, valueTagClass: utf8 },
    { shortName: 'OU', value: name.unit, valueTagClass: utf8 },
  ] as unknown as forge.pki.CertificateField[];
}

const EXTENSIONS: Record<CertificateUse, object[]> = {
  ca: [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ],
  // The office signs packs and receives bundles encrypted to it.
  office: [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
  ],
  // The inspector signs bundles and PDFs and receives packs encrypted to this laptop.
  inspector: [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, keyEncipherment: true, critical: true },
  ],
};

/** Issues (or self-signs) an RSA certificate with SHA-256; returns PEM. */
export function issueCertificate(request: IssueRequest): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(request.subjectPublicKey.export({ type: 'spki', format: 'pem' }).toString());
  // Positive serial: the leading 0x01 keeps the DER INTEGER from reading as negative.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(request.now.getTime() - 5 * 60_000);
  cert.validity.notAfter = new Date(request.now);
  cert.validity.notAfter.setFullYear(request.now.getFullYear() + request.validityYears);
  cert.setSubject(attributes(request.subject));
  cert.setIssuer(attributes(request.issuer?.name ?? request.subject));
  cert.setExtensions([...EXTENSIONS[request.use], { name: 'subjectKeyIdentifier' }]);
  const signingKey = request.issuer?.key ?? null;
  if (!signingKey) throw new Error('a self-signed certificate needs its own private key as issuer key');
  cert.sign(toForgeKey(signingKey), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

export function toForgeKey(key: KeyObject): forge.pki.rsa.PrivateKey {
  return forge.pki.privateKeyFromPem(key.export({ type: 'pkcs1', format: 'pem' }).toString());
}

/** Lower-case hex serial as node:crypto reads it back (the revocation list and the database use this form). */
export function serialOf(certificatePem: string): string {
  return new X509Certificate(certificatePem).serialNumber.toLowerCase();
}

/** The value of one subject attribute (node:crypto decodes UTF8String correctly). */
export function subjectField(certificate: X509Certificate, field: 'CN' | 'O' | 'OU'): string | null {
  for (const line of certificate.subject.split('\n')) {
    if (line.startsWith(`${field}=`)) return line.slice(field.length + 1);
  }
  return null;
}

/**
 * Encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256 at KDF_ITERATIONS, AES-256-CBC): how every private key is kept at rest.
 * Keys written by earlier versions (Node's export, 2,048 iterations) still open with decryptKey.
 */
export function encryptKey(key: KeyObject, passphrase: string): string {
  return encryptKeyPem(key, passphrase);
}

export function decryptKey(encryptedPem: string, passphrase: string): KeyObject | null {
  try {
    return createPrivateKey({ key: encryptedPem, format: 'pem', passphrase });
  } catch {
    return null;
  }
}
