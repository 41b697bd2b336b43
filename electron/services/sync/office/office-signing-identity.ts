import { certificateCommonName, pemToDer, type SigningIdentity } from '../../signing/identity';
import type { UnlockedOffice } from './office-keys';

/** The office's exchange certificate and key (unlocked by the office passphrase) as a PDF signing identity. */
export function officeSigningIdentity(office: UnlockedOffice): SigningIdentity {
  const certificateDer = pemToDer(office.officeCertificatePem);
  return { certificateDer, privateKey: office.officeKey, commonName: certificateCommonName(certificateDer) };
}
