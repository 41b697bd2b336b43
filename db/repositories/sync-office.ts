import type { Database } from '../engine';
import { statement } from '../sql';

/** The office CA and exchange key as stored (keys encrypted with the office passphrase). */
export interface OfficeKeysRecord {
  officeName: string;
  caCertificatePem: string;
  caKeyEncryptedPem: string;
  officeCertificatePem: string;
  officeKeyEncryptedPem: string;
  createdAt: string;
}

export function saveOfficeKeys(db: Database, keys: OfficeKeysRecord): void {
  statement(
    db,
    `INSERT INTO sync_office_keys (id, office_name, ca_certificate_pem, ca_key_encrypted_pem, office_certificate_pem, office_key_encrypted_pem, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?)`,
  ).run(keys.officeName, keys.caCertificatePem, keys.caKeyEncryptedPem, keys.officeCertificatePem, keys.officeKeyEncryptedPem, keys.createdAt);
}

export function getOfficeKeys(db: Database): OfficeKeysRecord | null {
  const row = statement<{
    office_name: string;
    ca_certificate_pem: string;
    ca_key_encrypted_pem: string;
    office_certificate_pem: string;
    office_key_encrypted_pem: string;
    created_at: string;
  }>(db, 'SELECT * FROM sync_office_keys WHERE id = 1').get();
  return row
    ? {
        officeName: row.office_name,
        caCertificatePem: row.ca_certificate_pem,
        caKeyEncryptedPem: row.ca_key_encrypted_pem,
        officeCertificatePem: row.office_certificate_pem,
        officeKeyEncryptedPem: row.office_key_encrypted_pem,
        createdAt: row.created_at,
      }
    : null;
}

export interface IssuedCertificateRecord {
  serial: string;
  deviceKey: string;
  inspectorId: number;
  certificatePem: string;
  issuedAt: string;
  notAfter: string;
  revokedAt: string | null;
  revokeReason: string | null;
}

interface CertificateRow {
  serial: string;
  device_key: string;
  inspector_id: number;
  certificate_pem: string;
  issued_at: string;
  not_after: string;
  revoked_at: string | null;
  revoke_reason: string | null;
}

const fromRow = (row: CertificateRow): IssuedCertificateRecord => ({
  serial: row.serial,
  deviceKey: row.device_key,
  inspectorId: row.inspector_id,
  certificatePem: row.certificate_pem,
  issuedAt: row.issued_at,
  notAfter: row.not_after,
  revokedAt: row.revoked_at,
  revokeReason: row.revoke_reason,
});

export function insertIssuedCertificate(db: Database, record: Omit<IssuedCertificateRecord, 'revokedAt' | 'revokeReason'>): void {
  statement(
    db,
    `INSERT INTO sync_certificates (serial, device_key, inspector_id, certificate_pem, issued_at, not_after)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(record.serial, record.deviceKey, record.inspectorId, record.certificatePem, record.issuedAt, record.notAfter);
}

export function findIssuedCertificate(db: Database, serial: string): IssuedCertificateRecord | null {
  const row = statement<CertificateRow>(db, 'SELECT * FROM sync_certificates WHERE serial = ?').get(serial);
  return row ? fromRow(row) : null;
}

/** The device's newest certificate that is not revoked. */
export function currentCertificateOfDevice(db: Database, deviceKey: string): IssuedCertificateRecord | null {
  const row = statement<CertificateRow>(
    db,
    'SELECT * FROM sync_certificates WHERE device_key = ? AND revoked_at IS NULL ORDER BY issued_at DESC, serial DESC LIMIT 1',
  ).get(deviceKey);
  return row ? fromRow(row) : null;
}

/** Revokes every live certificate of a device (re-enrolment or a lost laptop); returns how many. */
export function revokeCertificatesOfDevice(db: Database, deviceKey: string, reason: string, at: string): number {
  return statement(db, 'UPDATE sync_certificates SET revoked_at = ?, revoke_reason = ? WHERE device_key = ? AND revoked_at IS NULL').run(
    at,
    reason,
    deviceKey,
  ).changes;
}

export function listRevokedSerials(db: Database): string[] {
  return statement<{ serial: string }>(db, 'SELECT serial FROM sync_certificates WHERE revoked_at IS NOT NULL ORDER BY serial')
    .all()
    .map((row) => row.serial);
}

export function setDeviceCertificate(db: Database, deviceKey: string, inspectorId: number, certificatePem: string): void {
  statement(db, 'UPDATE devices SET certificate_pem = ?, inspector_id = ? WHERE device_key = ?').run(certificatePem, inspectorId, deviceKey);
}
