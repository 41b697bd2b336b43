import { X509Certificate } from 'node:crypto';
import { syncError } from '../format/sync-error';

/** A certificate issued by `caPem` (names and signature) and valid at `at`; otherwise SYNC_CERT_UNTRUSTED. */
export function assertIssuedBy(certificate: X509Certificate, caPem: string, at: Date): void {
  const ca = new X509Certificate(caPem);
  if (!certificate.checkIssued(ca) || !certificate.verify(ca.publicKey)) throw syncError('SYNC_CERT_UNTRUSTED');
  if (at.getTime() < Date.parse(certificate.validFrom) || at.getTime() > Date.parse(certificate.validTo)) {
    throw syncError('SYNC_CERT_UNTRUSTED', { reason: 'SYNC_REASON_CERT_OUT_OF_VALIDITY' });
  }
}

export function samePublicKey(certificatePem: string, other: X509Certificate): boolean {
  return new X509Certificate(certificatePem).publicKey.equals(other.publicKey);
}
