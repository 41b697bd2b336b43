import type { Migration } from './types';

/**
 * Issue 17 §6: indexes for the institutions screen's status search (db/repositories/institution-search.ts). Without a
 * text query the list walks institutions in name order and looks up each one's filings, keeping those whose valid_to
 * lies in the status window; a window holds a few percent of the filings, so a page of 200 passes thousands of
 * institutions. With (name, id) and (institution_id, valid_to, filing_year, id) PostgreSQL reads the walk's sort keys
 * from the indexes alone (index-only scans) and fetches only the page's rows. SQLite walks institutions_by_name as
 * before (INDEXED BY); both engines get the same indexes, so their schemas stay alike.
 */
export const migration0017: Migration = {
  version: 17,
  name: 'status-search',
  up(db) {
    db.exec(`
      CREATE INDEX institutions_by_name_id ON institutions (name, id);
      CREATE INDEX filings_by_institution_valid_to ON filings (institution_id, valid_to, filing_year, id);
    `);
  },
};
