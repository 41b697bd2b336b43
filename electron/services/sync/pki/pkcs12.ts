import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { syncError } from '../format/sync-error';
import { toForgeKey } from './certificates';

export interface Pkcs12Contents {
  privateKey: KeyObject;
  certificatePem: string;
  caCertificatePem: string;
}

/** Parses a certificate so forge keeps its original DER (cached TBS) and never re-encodes its Chinese names. */
function forgeCertificate(pem: string): forge.pki.Certificate {
  const der = new X509Certificate(pem).raw;
  return forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary')));
}

/** The inspector's key, certificate and the office CA, protected (encrypted and MAC'd) by the PIN. */
export function buildPkcs12(contents: Pkcs12Contents, pin: string, friendlyName: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    toForgeKey(contents.privateKey),
    [forgeCertificate(contents.certificatePem), forgeCertificate(contents.caCertificatePem)],
    pin,
    { algorithm: 'aes256', friendlyName, generateLocalKeyId: true },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/**
 * Opens a PKCS#12 with the PIN. The MAC check makes a wrong PIN (or a changed file) fail here, which also makes the
 * enclosed CA certificate trustworthy: only someone who knows the PIN could have produced it.
 */
export function openPkcs12(der: Buffer, pin: string): Pkcs12Contents {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der.toString('binary')), true, pin);
  } catch {
    throw syncError('SYNC_WRONG_SECRET', '无法打开证书文件（PKCS#12）');
  }
  const keyBagType = forge.pki.oids['pkcs8ShroudedKeyBag'] as string;
  const certBagType = forge.pki.oids['certBag'] as string;
  const keyBag = p12.getBags({ bagType: keyBagType })[keyBagType]?.[0];
  const certBags: forge.pkcs12.Bag[] = p12.getBags({ bagType: certBagType })[certBagType] ?? [];
  if (!keyBag?.key) throw syncError('SYNC_WRONG_SECRET', '证书文件中没有私钥');
  const certificates = certBags.flatMap((bag) =>
    bag.cert ? [new X509Certificate(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes(), 'binary'))] : [],
  );
  const ca = certificates.find((cert) => cert.ca);
  const own = certificates.find((cert) => !cert.ca);
  if (!ca || !own) throw syncError('SYNC_CERT_UNTRUSTED', '证书文件中缺少本人证书或单位根证书');
  const privateKey = createPrivateKey(forge.pki.privateKeyToPem(keyBag.key as forge.pki.rsa.PrivateKey));
  return { privateKey, certificatePem: own.toString(), caCertificatePem: ca.toString() };
}
