import type { Migration } from './types';

/**
 * Issue 19.4a: the office kept every laptop's .p12 (its private key under a 6-digit PIN) after handing it out; a copy
 * of the office database gave every inspector's key to whoever could try a million PINs. The office needs only the
 * certificate (verify, revoke, encrypt packs to the laptop), so the column goes, with the blobs already stored. With
 * secure_delete the pages that held them are zeroed rather than left in the free list; it is switched off again, since
 * the pragma holds for the connection's life and slows every later read and write of it. Touches sync_certificates
 * only, so it may run before or after any other migration of the same release.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'drop-issued-pkcs12',
  up(db) {
    db.exec(`
      PRAGMA secure_delete = ON;
      ALTER TABLE sync_certificates DROP COLUMN pkcs12;
      PRAGMA secure_delete = OFF;
    `);
  },
};
