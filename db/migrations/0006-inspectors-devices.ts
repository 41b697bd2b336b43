import type { Migration } from './types';

/** Who inspects and on which laptop; the certificates are issued and filled in by the office/sync feature. */
export const migration0006: Migration = {
  version: 6,
  name: 'inspectors-devices',
  up(db) {
    db.exec(`
      CREATE TABLE inspectors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        staff_no TEXT UNIQUE CHECK (staff_no IS NULL OR length(staff_no) BETWEEN 1 AND 60),
        organisation TEXT CHECK (organisation IS NULL OR length(organisation) <= 200),
        certificate_pem TEXT CHECK (certificate_pem IS NULL OR certificate_pem LIKE '-----BEGIN CERTIFICATE-----%'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        device_key TEXT NOT NULL UNIQUE CHECK (length(device_key) BETWEEN 1 AND 100),
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        inspector_id INTEGER REFERENCES inspectors (id),
        certificate_pem TEXT CHECK (certificate_pem IS NULL OR certificate_pem LIKE '-----BEGIN CERTIFICATE-----%'),
        registered_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
