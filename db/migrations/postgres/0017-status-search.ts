import type { PostgresMigration } from './types';

/**
 * Twin of 0017-status-search: the two indexes the status search's walk reads without visiting the tables (index-only
 * scans, once VACUUM has marked the pages all-visible, as autovacuum does in a store in use).
 */
export const postgres0017: PostgresMigration = {
  version: 17,
  name: 'status-search',
  sql: `
    CREATE INDEX institutions_by_name_id ON institutions (name, id);
    CREATE INDEX filings_by_institution_valid_to ON filings (institution_id, valid_to, filing_year, id);
  `,
};
