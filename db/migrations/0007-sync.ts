import type { Migration } from './types';

/**
 * Office ⇄ field synchronisation (issue 7). Office side: its CA and exchange key (encrypted), the certificates it
 * issued with their revocation, assignments, the bundles it imported and what they brought (imported inspections are
 * ordinary `inspections` rows, locked, mapped here to their device and remote id). Field side: the identity the
 * office issued to this laptop. The role (office / field) lives in app_meta.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_office_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        office_name TEXT NOT NULL CHECK (length(office_name) BETWEEN 1 AND 200),
        ca_certificate_pem TEXT NOT NULL,
        ca_key_encrypted_pem TEXT NOT NULL CHECK (ca_key_encrypted_pem LIKE '-----BEGIN ENCRYPTED PRIVATE KEY-----%'),
        office_certificate_pem TEXT NOT NULL,
        office_key_encrypted_pem TEXT NOT NULL CHECK (office_key_encrypted_pem LIKE '-----BEGIN ENCRYPTED PRIVATE KEY-----%'),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sync_certificates (
        serial TEXT PRIMARY KEY CHECK (length(serial) BETWEEN 2 AND 64 AND serial NOT GLOB '*[^0-9a-f]*'),
        device_key TEXT NOT NULL REFERENCES devices (device_key),
        inspector_id INTEGER NOT NULL REFERENCES inspectors (id),
        certificate_pem TEXT NOT NULL CHECK (certificate_pem LIKE '-----BEGIN CERTIFICATE-----%'),
        pkcs12 BLOB NOT NULL,
        issued_at TEXT NOT NULL,
        not_after TEXT NOT NULL,
        revoked_at TEXT,
        revoke_reason TEXT CHECK (revoke_reason IS NULL OR length(revoke_reason) <= 500)
      ) STRICT;
      CREATE INDEX sync_certificates_by_device ON sync_certificates (device_key);

      CREATE TABLE sync_assignments (
        uid TEXT PRIMARY KEY CHECK (length(uid) = 32),
        device_key TEXT NOT NULL CHECK (length(device_key) BETWEEN 1 AND 100),
        filing_id INTEGER NOT NULL REFERENCES filings (id),
        template_id TEXT NOT NULL,
        template_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (device_key, filing_id, template_id)
      ) STRICT;

      CREATE TABLE sync_device_state (
        device_key TEXT PRIMARY KEY,
        last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1),
        last_manifest_sha256 TEXT NOT NULL CHECK (length(last_manifest_sha256) = 64),
        last_imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sync_imports (
        manifest_sha256 TEXT PRIMARY KEY CHECK (length(manifest_sha256) = 64),
        device_key TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        report_json TEXT NOT NULL CHECK (json_valid(report_json))
      ) STRICT;

      CREATE TABLE sync_imported_inspections (
        id INTEGER PRIMARY KEY,
        device_key TEXT NOT NULL,
        remote_id INTEGER NOT NULL,
        remote_parent_id INTEGER,
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        inspection_id INTEGER NOT NULL UNIQUE REFERENCES inspections (id),
        conflict_key TEXT NOT NULL,
        signer_serial TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        review_status TEXT NOT NULL DEFAULT 'pending' CHECK (review_status IN ('pending', 'accepted', 'returned')),
        review_comment TEXT CHECK (review_comment IS NULL OR length(review_comment) <= 2000),
        reviewed_at TEXT,
        reviewed_by TEXT,
        CHECK (review_status <> 'returned' OR review_comment IS NOT NULL),
        UNIQUE (device_key, remote_id, content_sha256)
      ) STRICT;
      CREATE INDEX sync_imported_by_conflict ON sync_imported_inspections (conflict_key);

      CREATE TABLE sync_imported_files (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        kind TEXT NOT NULL CHECK (kind IN ('pdf', 'evidence')),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        content BLOB NOT NULL,
        UNIQUE (inspection_id, kind, name)
      ) STRICT;

      CREATE TABLE sync_device_audit (
        device_key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        entry_json TEXT NOT NULL CHECK (json_valid(entry_json)),
        PRIMARY KEY (device_key, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_field_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_key TEXT NOT NULL,
        inspector_name TEXT NOT NULL,
        certificate_pem TEXT NOT NULL,
        ca_certificate_pem TEXT NOT NULL,
        office_certificate_pem TEXT NOT NULL,
        key_protection TEXT NOT NULL CHECK (key_protection IN ('pin', 'safeStorage')),
        key_blob BLOB NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
