import type { Migration } from './types';

/**
 * R-INS-01..04. An institution is a legal entity (one USCC); it may hold several filings of different kinds,
 * each with its own filed scope (occupations and their levels). Dates are 'YYYY-MM-DD' text.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'institutions',
  up(db) {
    db.exec(`
      CREATE TABLE institutions (
        id INTEGER PRIMARY KEY,
        uscc TEXT NOT NULL UNIQUE CHECK (length(uscc) = 18),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        region TEXT CHECK (region IS NULL OR length(region) <= 100),
        address TEXT CHECK (address IS NULL OR length(address) <= 300),
        contact TEXT CHECK (contact IS NULL OR length(contact) <= 100),
        phone TEXT CHECK (phone IS NULL OR length(phone) <= 50),
        central_soe_branch INTEGER NOT NULL DEFAULT 0 CHECK (central_soe_branch IN (0, 1)),
        demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX institutions_by_name ON institutions (name);
      CREATE INDEX institutions_by_region ON institutions (region);

      CREATE TABLE filings (
        id INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('enterprise','college','socialOrg')),
        nature TEXT CHECK (nature IS NULL OR nature IN ('enterprise','industryAssociation','higherEducation','technicalSchool','privateTrainingSchool')),
        listed_name TEXT NOT NULL CHECK (length(listed_name) BETWEEN 1 AND 200),
        filing_no TEXT NOT NULL CHECK (length(filing_no) BETWEEN 1 AND 60),
        filing_year INTEGER NOT NULL CHECK (filing_year BETWEEN 2000 AND 2100),
        filed_on TEXT CHECK (filed_on IS NULL OR date(filed_on) = filed_on),
        valid_from TEXT CHECK (valid_from IS NULL OR date(valid_from) = valid_from),
        valid_to TEXT CHECK (valid_to IS NULL OR date(valid_to) = valid_to),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from),
        UNIQUE (institution_id, filing_no),
        UNIQUE (id, institution_id)
      ) STRICT;
      CREATE INDEX filings_by_filing_no ON filings (filing_no);
      CREATE INDEX filings_by_valid_to ON filings (valid_to);
      CREATE INDEX filings_by_year ON filings (filing_year);
      CREATE INDEX filings_by_kind ON filings (kind);

      CREATE TABLE filed_occupations (
        id INTEGER PRIMARY KEY,
        filing_id INTEGER NOT NULL REFERENCES filings (id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code GLOB '[0-9]-[0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        work_type TEXT NOT NULL DEFAULT '' CHECK (length(work_type) <= 100),
        UNIQUE (filing_id, code, work_type)
      ) STRICT;

      CREATE TABLE filed_levels (
        filed_occupation_id INTEGER NOT NULL REFERENCES filed_occupations (id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('apprentice','level5','level4','level3','level2','level1','specialTechnician','chiefTechnician')),
        PRIMARY KEY (filed_occupation_id, level)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
