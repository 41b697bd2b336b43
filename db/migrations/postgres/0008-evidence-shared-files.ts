import type { PostgresMigration } from './types';

/**
 * Twin of 0008-evidence-shared-files: SQLite rebuilds evidence to lose the UNIQUE on relative_path; PostgreSQL drops
 * the constraint in place (named in 0004). evidence_by_inspection survives; the lookup index by file is new.
 */
export const postgres0008: PostgresMigration = {
  version: 8,
  name: 'evidence-shared-files',
  sql: `
    ALTER TABLE evidence DROP CONSTRAINT evidence_relative_path_key;
    CREATE INDEX evidence_by_file ON evidence (relative_path);
  `,
};
