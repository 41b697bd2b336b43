import type { Migration } from './types';

/**
 * Issue 17 §6: an index for the institutions screen's text search (db/repositories/institution-search.ts), which
 * tested instr() on every filing. `filing_search_grams` holds, per filing, every 3-character piece starting at each
 * position (the last two are shorter: 2 and 1 characters) of upper() of its institution's name, its listed name and
 * its filing number, plus char(1) followed by each of the first 1..8 characters of the institution's USCC. Each row
 * carries the list's sort key (the institution's name, the filing year, the filing id), so the filings holding a
 * piece come out of the key in list order: a page is read without sorting every match.
 *
 * A query of 3 or more characters holds each of its 3-character pieces in any text that contains it; a shorter one is
 * the start of the piece at its position (a range on the key). The search narrows with the pieces and then tests the
 * real substring, so the grams need only never miss a match.
 *
 * Derived data: filing_search_terms is what the rows must be; the triggers below keep them so on every insert, update
 * and delete of filings and every change of an institution's name or USCC, and they are filled here for the rows
 * already there. `db copy` does not carry them (the target's triggers rebuild them) and the office state hash never
 * reads them. search_gram_positions numbers 1..200 (the longest name a CHECK allows): SQLite allows no WITH inside a
 * trigger or a view's join, so it is a view of its own. institutions_by_region_name lets a region search walk names
 * in order.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'search-grams',
  up(db) {
    db.exec(`
      CREATE VIEW search_gram_positions AS
        WITH RECURSIVE n (p) AS (SELECT 1 UNION ALL SELECT p + 1 FROM n WHERE p < 200) SELECT p FROM n;

      CREATE VIEW filing_search_terms AS
        SELECT substr(upper(i.name), n.p, 3) AS gram, i.name AS name, f.filing_year AS filing_year, f.id AS filing_id
          FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= length(i.name)
        UNION SELECT substr(upper(f.listed_name), n.p, 3), i.name, f.filing_year, f.id
          FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= length(f.listed_name)
        UNION SELECT substr(upper(f.filing_no), n.p, 3), i.name, f.filing_year, f.id
          FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= length(f.filing_no)
        UNION SELECT char(1) || substr(i.uscc, 1, n.p), i.name, f.filing_year, f.id
          FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= 8;

      CREATE TABLE filing_search_grams (
        gram TEXT NOT NULL,
        name TEXT NOT NULL,
        filing_year INTEGER NOT NULL,
        filing_id INTEGER NOT NULL,
        PRIMARY KEY (gram, name, filing_year, filing_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX filing_search_grams_by_filing ON filing_search_grams (filing_id);

      CREATE TRIGGER filings_search_grams_insert AFTER INSERT ON filings
      BEGIN
        INSERT OR IGNORE INTO filing_search_grams (gram, name, filing_year, filing_id)
          SELECT gram, name, filing_year, filing_id FROM filing_search_terms WHERE filing_id = NEW.id;
      END;
      CREATE TRIGGER filings_search_grams_update AFTER UPDATE OF id, institution_id, listed_name, filing_no, filing_year ON filings
      BEGIN
        DELETE FROM filing_search_grams WHERE filing_id = OLD.id;
        INSERT OR IGNORE INTO filing_search_grams (gram, name, filing_year, filing_id)
          SELECT gram, name, filing_year, filing_id FROM filing_search_terms WHERE filing_id = NEW.id;
      END;
      CREATE TRIGGER filings_search_grams_delete AFTER DELETE ON filings
      BEGIN
        DELETE FROM filing_search_grams WHERE filing_id = OLD.id;
      END;
      CREATE TRIGGER institutions_search_grams_update AFTER UPDATE OF id, name, uscc ON institutions
      BEGIN
        DELETE FROM filing_search_grams WHERE filing_id IN (SELECT id FROM filings WHERE institution_id = OLD.id);
        INSERT OR IGNORE INTO filing_search_grams (gram, name, filing_year, filing_id)
          SELECT gram, name, filing_year, filing_id FROM filing_search_terms
          WHERE filing_id IN (SELECT id FROM filings WHERE institution_id = NEW.id);
      END;

      INSERT INTO filing_search_grams (gram, name, filing_year, filing_id) SELECT gram, name, filing_year, filing_id FROM filing_search_terms;

      CREATE INDEX institutions_by_region_name ON institutions (region, name);
    `);
  },
};
