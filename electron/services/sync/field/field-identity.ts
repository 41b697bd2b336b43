import { X509Certificate, type KeyObject } from 'node:crypto';
import type { Database } from '../../../../db/engine';
import { getFieldIdentity, type FieldIdentityRecord } from '../../../../db/repositories/sync-field';
import type { SigningIdentity } from '../../signing/identity';
import { syncError } from '../format/sync-error';
import { subjectField } from '../pki/certificates';
import { requireRole } from '../role';
import { unprotectKey, type KeySecrets } from './key-protection';
import { storedProtection } from './stored-key';

export interface UnlockedField {
  identity: FieldIdentityRecord;
  key: KeyObject;
}

export function unlockField(db: Database, secrets: KeySecrets): UnlockedField {
  requireRole(db, 'field');
  const identity = getFieldIdentity(db);
  if (!identity) throw syncError('SYNC_NOT_SET_UP', { reason: 'SYNC_REASON_NO_FIELD_CERTIFICATE' });
  return { identity, key: unprotectKey({ protection: storedProtection(db, identity), blob: identity.keyBlob }, secrets) };
}

/**
 * The office-issued identity in the shape the PDF signer takes (electron/services/signing): use this instead of a
 * self-signed identity once the laptop has loaded a pack.
 */
export function fieldSigningIdentity(db: Database, secrets: KeySecrets): SigningIdentity {
  const { identity, key } = unlockField(db, secrets);
  const certificate = new X509Certificate(identity.certificatePem);
  return { certificateDer: certificate.raw, privateKey: key, commonName: subjectField(certificate, 'CN') ?? identity.inspectorName };
}
