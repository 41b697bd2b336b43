import type { PostgresMigration } from './types';

/**
 * Twin of 0010-drop-issued-pkcs12. PostgreSQL has no secure_delete, and DROP COLUMN only hides the values: rewriting
 * every row stores it without them, so the old versions (and their TOASTed .p12 blobs) become dead tuples that the
 * next (auto)vacuum removes. VACUUM itself cannot run inside the migration's transaction.
 */
export const postgres0010: PostgresMigration = {
  version: 10,
  name: 'drop-issued-pkcs12',
  sql: `
    ALTER TABLE sync_certificates DROP COLUMN pkcs12;
    UPDATE sync_certificates SET serial = serial;
  `,
};
