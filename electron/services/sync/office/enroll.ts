import { X509Certificate } from 'node:crypto';
import type { Database } from '../../../../db/engine';
import { findDevice, registerDevice } from '../../../../db/repositories/devices';
import { insertInspector, listInspectors, setInspectorCertificate } from '../../../../db/repositories/inspectors';
import { insertIssuedCertificate, revokeCertificatesOfDevice, setDeviceCertificate } from '../../../../db/repositories/sync-office';
import { inTransaction } from '../../../../db/sql';
import { DEVICE_KEY_PATTERN } from '../../../../shared/ipc/channels/sync';
import { AppError } from '../../../../shared/errors';
import { syncError } from '../format/sync-error';
import { MIN_PIN_LENGTH } from '../field/key-protection';
import { generateRsaKeyPair, issueCertificate, RSA_BITS, serialOf } from '../pki/certificates';
import { buildPkcs12 } from '../pki/pkcs12';
import { requireRole } from '../role';
import { caName, type UnlockedOffice } from './office-keys';

export interface EnrollInput {
  inspectorName: string;
  staffNo?: string | null;
  deviceKey: string;
  deviceLabel?: string;
  pin: string;
  now: Date;
}

export interface EnrollResult {
  serial: string;
  certificatePem: string;
  /**
   * The inspector's key, certificate and the office CA, protected by the PIN: carried to the laptop once. The office
   * keeps no copy (only the certificate); a lost .p12 means enrolling the laptop again.
   */
  pkcs12: Buffer;
  inspectorId: number;
}

/**
 * `office enroll`: a key pair and a 3-year certificate for one inspector on one named laptop. Enrolling the same
 * laptop again revokes its earlier certificates (a laptop speaks with one identity).
 */
export function enrollInspector(db: Database, office: UnlockedOffice, input: EnrollInput): EnrollResult {
  if (!DEVICE_KEY_PATTERN.test(input.deviceKey)) throw syncError('SYNC_MANIFEST_INVALID', { reason: 'SYNC_REASON_DEVICE_KEY_PATTERN' });
  if (input.pin.length < MIN_PIN_LENGTH) throw syncError('SYNC_WEAK_SECRET', { reason: 'SYNC_REASON_PIN_MIN', minimum: MIN_PIN_LENGTH });
  const name = input.inspectorName.trim();
  if (name.length === 0 || name.length > 100) throw syncError('SYNC_MANIFEST_INVALID', { reason: 'SYNC_REASON_INSPECTOR_NAME_EMPTY' });
  const keys = generateRsaKeyPair(RSA_BITS.inspector);
  const certificatePem = issueCertificate({
    subject: { commonName: name, organization: office.officeName, unit: input.deviceKey },
    subjectPublicKey: keys.publicKey,
    issuer: { name: caName(office.officeName), key: office.caKey },
    use: 'inspector',
    now: input.now,
    validityYears: 3,
  });
  const pkcs12 = buildPkcs12(
    { privateKey: keys.privateKey, certificatePem, caCertificatePem: office.caCertificatePem },
    input.pin,
    `${name} ${input.deviceKey}`,
  );
  const serial = serialOf(certificatePem);
  const at = input.now.toISOString();
  const inspectorId = inTransaction(db, () => {
    const existing = listInspectors(db).find((i) => (input.staffNo ? i.staffNo === input.staffNo : i.name === name && i.staffNo === null));
    const id =
      existing?.id ?? insertInspector(db, { name, staffNo: input.staffNo ?? null, organisation: office.officeName, certificatePem: null }, at);
    setInspectorCertificate(db, id, certificatePem, at);
    if (!findDevice(db, input.deviceKey)) {
      registerDevice(db, { deviceKey: input.deviceKey, label: input.deviceLabel?.trim() || input.deviceKey, inspectorId: id, certificatePem }, at);
    }
    revokeCertificatesOfDevice(db, input.deviceKey, '重新登记，旧证书作废', at);
    setDeviceCertificate(db, input.deviceKey, id, certificatePem);
    insertIssuedCertificate(db, {
      serial,
      deviceKey: input.deviceKey,
      inspectorId: id,
      certificatePem,
      issuedAt: at,
      notAfter: new Date(new X509Certificate(certificatePem).validTo).toISOString(),
    });
    return id;
  });
  return { serial, certificatePem, pkcs12, inspectorId };
}

/** `office revoke`: the device's certificates stop being accepted (lost or stolen laptop); the reason is kept with them. */
export function revokeDevice(db: Database, deviceKey: string, reason: string, now: Date): number {
  requireRole(db, 'office');
  const why = reason.trim();
  if (!why) throw new AppError('OFFICE_REVOKE_REASON_REQUIRED');
  if (!findDevice(db, deviceKey)) throw syncError('SYNC_UNKNOWN_DEVICE', { detail: deviceKey });
  return inTransaction(db, () => revokeCertificatesOfDevice(db, deviceKey, why, now.toISOString()));
}
