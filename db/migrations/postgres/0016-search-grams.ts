import type { PostgresMigration } from './types';

/**
 * Twin of 0016-search-grams: the same views, table and index, and plpgsql triggers of the same names running the same
 * statements. upper() of a COLLATE "C" text changes ASCII letters only, as SQLite's does, so both engines store the same
 * grams, and the sort key orders by bytes as SQLite's BINARY does.
 */
export const postgres0016: PostgresMigration = {
  version: 16,
  name: 'search-grams',
  sql: `
    CREATE VIEW search_gram_positions AS SELECT p FROM generate_series(1, 200) AS p;

    CREATE VIEW filing_search_terms AS
      SELECT substr(upper(i.name), n.p, 3) AS gram, i.name AS name, f.filing_year AS filing_year, f.id AS filing_id
        FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= length(i.name)
      UNION SELECT substr(upper(f.listed_name), n.p, 3), i.name, f.filing_year, f.id
        FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= length(f.listed_name)
      UNION SELECT substr(upper(f.filing_no), n.p, 3), i.name, f.filing_year, f.id
        FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= length(f.filing_no)
      UNION SELECT chr(1) || substr(i.uscc, 1, n.p), i.name, f.filing_year, f.id
        FROM filings f JOIN institutions i ON i.id = f.institution_id JOIN search_gram_positions n ON n.p <= 8;

    CREATE TABLE filing_search_grams (
      gram TEXT COLLATE "C" NOT NULL,
      name TEXT COLLATE "C" NOT NULL,
      filing_year BIGINT NOT NULL,
      filing_id BIGINT NOT NULL,
      PRIMARY KEY (gram, name, filing_year, filing_id)
    );
    CREATE INDEX filing_search_grams_by_filing ON filing_search_grams (filing_id);

    CREATE FUNCTION si_filing_search_grams() RETURNS trigger
      LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM filing_search_grams WHERE filing_id = OLD.id;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO filing_search_grams (gram, name, filing_year, filing_id)
          SELECT gram, name, filing_year, filing_id FROM filing_search_terms WHERE filing_id = NEW.id ON CONFLICT DO NOTHING;
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE FUNCTION si_institution_search_grams() RETURNS trigger
      LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM filing_search_grams WHERE filing_id IN (SELECT id FROM filings WHERE institution_id = OLD.id);
      INSERT INTO filing_search_grams (gram, name, filing_year, filing_id)
        SELECT gram, name, filing_year, filing_id FROM filing_search_terms
        WHERE filing_id IN (SELECT id FROM filings WHERE institution_id = NEW.id) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END
    $$;

    CREATE TRIGGER filings_search_grams_insert AFTER INSERT ON filings
      FOR EACH ROW EXECUTE FUNCTION si_filing_search_grams();
    CREATE TRIGGER filings_search_grams_update AFTER UPDATE OF id, institution_id, listed_name, filing_no, filing_year ON filings
      FOR EACH ROW EXECUTE FUNCTION si_filing_search_grams();
    CREATE TRIGGER filings_search_grams_delete AFTER DELETE ON filings
      FOR EACH ROW EXECUTE FUNCTION si_filing_search_grams();
    CREATE TRIGGER institutions_search_grams_update AFTER UPDATE OF id, name, uscc ON institutions
      FOR EACH ROW EXECUTE FUNCTION si_institution_search_grams();

    INSERT INTO filing_search_grams (gram, name, filing_year, filing_id) SELECT gram, name, filing_year, filing_id FROM filing_search_terms;

    CREATE INDEX institutions_by_region_name ON institutions (region, name);
  `,
};
