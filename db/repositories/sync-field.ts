import type { Database } from '../engine';
import { statement } from '../sql';

/** The identity the office issued to this laptop; the key is never stored in clear (see key_protection). */
export interface FieldIdentityRecord {
  deviceKey: string;
  inspectorName: string;
  certificatePem: string;
  caCertificatePem: string;
  officeCertificatePem: string;
  keyProtection: 'pin' | 'safeStorage';
  keyBlob: Buffer;
  updatedAt: string;
}

export function getFieldIdentity(db: Database): FieldIdentityRecord | null {
  const row = statement<{
    device_key: string;
    inspector_name: string;
    certificate_pem: string;
    ca_certificate_pem: string;
    office_certificate_pem: string;
    key_protection: 'pin' | 'safeStorage';
    key_blob: Buffer;
    updated_at: string;
  }>(db, 'SELECT * FROM sync_field_identity WHERE id = 1').get();
  return row
    ? {
        deviceKey: row.device_key,
        inspectorName: row.inspector_name,
        certificatePem: row.certificate_pem,
        caCertificatePem: row.ca_certificate_pem,
        officeCertificatePem: row.office_certificate_pem,
        keyProtection: row.key_protection,
        keyBlob: row.key_blob,
        updatedAt: row.updated_at,
      }
    : null;
}

export function saveFieldIdentity(db: Database, identity: FieldIdentityRecord): void {
  statement(
    db,
    `INSERT INTO sync_field_identity (id, device_key, inspector_name, certificate_pem, ca_certificate_pem, office_certificate_pem, key_protection, key_blob, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET device_key = excluded.device_key, inspector_name = excluded.inspector_name,
       certificate_pem = excluded.certificate_pem, ca_certificate_pem = excluded.ca_certificate_pem,
       office_certificate_pem = excluded.office_certificate_pem, key_protection = excluded.key_protection,
       key_blob = excluded.key_blob, updated_at = excluded.updated_at`,
  ).run(
    identity.deviceKey,
    identity.inspectorName,
    identity.certificatePem,
    identity.caCertificatePem,
    identity.officeCertificatePem,
    identity.keyProtection,
    identity.keyBlob,
    identity.updatedAt,
  );
}
