import { X509Certificate, type KeyObject } from 'node:crypto';
import type { Database } from '../../../../db/engine';
import { getOfficeKeys, saveOfficeKeys } from '../../../../db/repositories/sync-office';
import { inTransaction } from '../../../../db/sql';
import { MIN_OFFICE_PASSPHRASE_LENGTH } from '../../../../shared/ipc/channels/sync';
import { syncError } from '../format/sync-error';
import { decryptKey, encryptKey, generateRsaKeyPair, issueCertificate, RSA_BITS, type CertificateName } from '../pki/certificates';
import { claimRole, requireRole } from '../role';

export const OFFICE_SENDER = 'office';
export const MIN_PASSPHRASE_LENGTH = MIN_OFFICE_PASSPHRASE_LENGTH;

export interface UnlockedOffice {
  officeName: string;
  caCertificatePem: string;
  caKey: KeyObject;
  officeCertificatePem: string;
  officeKey: KeyObject;
}

export const caName = (officeName: string): CertificateName => ({ commonName: `${officeName} 核查根证书`, organization: officeName, unit: 'ca' });

/**
 * `office init`: the root CA (10 years, RSA-3072) and the office exchange certificate it issues (signs packs, receives
 * bundles), both keys encrypted with the passphrase; the database becomes the office's master database.
 */
export function initOffice(
  db: Database,
  input: { officeName: string; passphrase: string; now: Date },
): { caCertificatePem: string; officeCertificatePem: string } {
  if (input.passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw syncError('SYNC_WEAK_SECRET', { reason: 'SYNC_REASON_OFFICE_PASSPHRASE_MIN', minimum: MIN_PASSPHRASE_LENGTH });
  if (getOfficeKeys(db)) throw syncError('SYNC_ROLE_MISMATCH', { reason: 'SYNC_REASON_OFFICE_ALREADY_INIT' });
  const ca = generateRsaKeyPair(RSA_BITS.office);
  const office = generateRsaKeyPair(RSA_BITS.office);
  const root = caName(input.officeName);
  const caCertificatePem = issueCertificate({
    subject: root,
    subjectPublicKey: ca.publicKey,
    issuer: { name: root, key: ca.privateKey },
    use: 'ca',
    now: input.now,
    validityYears: 10,
  });
  const officeCertificatePem = issueCertificate({
    subject: { commonName: input.officeName, organization: input.officeName, unit: OFFICE_SENDER },
    subjectPublicKey: office.publicKey,
    issuer: { name: root, key: ca.privateKey },
    use: 'office',
    now: input.now,
    validityYears: 10,
  });
  inTransaction(db, () => {
    claimRole(db, 'office');
    saveOfficeKeys(db, {
      officeName: input.officeName,
      caCertificatePem,
      caKeyEncryptedPem: encryptKey(ca.privateKey, input.passphrase),
      officeCertificatePem,
      officeKeyEncryptedPem: encryptKey(office.privateKey, input.passphrase),
      createdAt: input.now.toISOString(),
    });
  });
  return { caCertificatePem, officeCertificatePem };
}

export function unlockOffice(db: Database, passphrase: string): UnlockedOffice {
  requireRole(db, 'office');
  const keys = getOfficeKeys(db);
  if (!keys) throw syncError('SYNC_NOT_SET_UP', { reason: 'SYNC_REASON_RUN_OFFICE_INIT' });
  const caKey = decryptKey(keys.caKeyEncryptedPem, passphrase);
  const officeKey = decryptKey(keys.officeKeyEncryptedPem, passphrase);
  if (!caKey || !officeKey) throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_OFFICE_PASSPHRASE_WRONG' });
  return { officeName: keys.officeName, caCertificatePem: keys.caCertificatePem, caKey, officeCertificatePem: keys.officeCertificatePem, officeKey };
}

export function officeCertificate(db: Database): X509Certificate {
  const keys = getOfficeKeys(db);
  if (!keys) throw syncError('SYNC_NOT_SET_UP');
  return new X509Certificate(keys.officeCertificatePem);
}
