import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { syncError } from '../format/sync-error';
import { readPbmac1, writePfx, type PfxContents } from './pkcs12-pbmac1';

export interface Pkcs12Contents {
  privateKey: KeyObject;
  certificatePem: string;
  caCertificatePem: string;
}

/**
 * The inspector's key, certificate and the office CA, protected by the PIN: the key bag under PBES2 (PBKDF2-HMAC-SHA256,
 * KDF_ITERATIONS, AES-256-CBC) and the whole under a PBMAC1 HMAC-SHA256 MAC (RFC 9579) at the same count. Not forge's
 * writer: its MAC is SHA-1 through the PKCS#12 KDF (a second, cheaper way to test a PIN), and its PBKDF2 with SHA-256
 * is JavaScript (seconds at this count). OpenSSL ≥ 3.4 reads PBMAC1; older tools do not, and do not need to.
 */
export function buildPkcs12(contents: Pkcs12Contents, pin: string, friendlyName: string): Buffer {
  const pfx: PfxContents = {
    privateKey: contents.privateKey,
    certificatesDer: [new X509Certificate(contents.certificatePem).raw, new X509Certificate(contents.caCertificatePem).raw],
    friendlyName,
  };
  return writePfx(pfx, pin);
}

/**
 * Opens a PKCS#12 with the PIN. The MAC check makes a wrong PIN (or a changed file) fail here, which also makes the
 * enclosed CA certificate trustworthy: only someone who knows the PIN could have produced it. Files with a PBMAC1 MAC
 * are this version's; any other (SHA-1 MAC, written by earlier versions) goes through forge's reader as before.
 */
export function openPkcs12(der: Buffer, pin: string): Pkcs12Contents {
  let parsed: forge.asn1.Asn1;
  try {
    parsed = forge.asn1.fromDer(der.toString('binary'));
  } catch {
    throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_UNREADABLE' });
  }
  const pbmac1 = readPbmac1(parsed, pin);
  const opened = pbmac1 ?? openLegacyPkcs12(parsed, pin);
  const certificates = opened.certificatesDer.map((raw) => new X509Certificate(raw));
  const ca = certificates.find((cert) => cert.ca);
  const own = certificates.find((cert) => !cert.ca);
  if (!ca || !own) throw syncError('SYNC_CERT_UNTRUSTED', { reason: 'SYNC_REASON_P12_MISSING_CERTS' });
  return { privateKey: opened.privateKey, certificatePem: own.toString(), caCertificatePem: ca.toString() };
}

/** Files from earlier versions: SHA-1 MAC at 2,048 iterations, key bag PBES2/AES or 3DES. */
function openLegacyPkcs12(parsed: forge.asn1.Asn1, pin: string): { privateKey: KeyObject; certificatesDer: Buffer[] } {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(parsed, true, pin);
  } catch {
    throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_UNREADABLE' });
  }
  const keyBagType = forge.pki.oids['pkcs8ShroudedKeyBag'] as string;
  const certBagType = forge.pki.oids['certBag'] as string;
  const keyBag = p12.getBags({ bagType: keyBagType })[keyBagType]?.[0];
  const certBags: forge.pkcs12.Bag[] = p12.getBags({ bagType: certBagType })[certBagType] ?? [];
  if (!keyBag?.key) throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_NO_KEY' });
  const certificatesDer = certBags.flatMap((bag) =>
    bag.cert ? [Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes(), 'binary')] : [],
  );
  const pem = forge.pki.privateKeyToPem(keyBag.key as forge.pki.rsa.PrivateKey);
  return { privateKey: createPrivateKey(pem), certificatesDer };
}
