import type { Migration } from './types';

/**
 * Batches (批次) with planned and present staff per role (R-SM-04) and candidates with the facts the
 * certificate-upload ratio needs (R-SD-02). ID numbers are stored in full; only the handlers mask them.
 * The SQL is the text helpers once generated, frozen verbatim: the double spaces in the optional date columns and the
 * redundant `IS NULL OR` on exam_date are part of every existing database's schema text, so they stay.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'batches-candidates',
  up(db) {
    db.exec(`
      CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        filing_id INTEGER NOT NULL REFERENCES filings (id) ON DELETE CASCADE,
        filed_occupation_id INTEGER NOT NULL REFERENCES filed_occupations (id),
        level TEXT NOT NULL CHECK (level IN ('apprentice','level5','level4','level3','level2','level1','specialTechnician','chiefTechnician')),
        batch_no TEXT NOT NULL CHECK (length(batch_no) BETWEEN 1 AND 60),
        exam_date TEXT NOT NULL CHECK (exam_date IS NULL OR date(exam_date) = exam_date),
        plan_filed_on TEXT  CHECK (plan_filed_on IS NULL OR date(plan_filed_on) = plan_filed_on),
        publicity_start TEXT  CHECK (publicity_start IS NULL OR date(publicity_start) = publicity_start),
        publicity_end TEXT  CHECK (publicity_end IS NULL OR date(publicity_end) = publicity_end),
        planned_exam_leads INTEGER NOT NULL DEFAULT 0 CHECK (planned_exam_leads BETWEEN 0 AND 10000),
        present_exam_leads INTEGER NOT NULL DEFAULT 0 CHECK (present_exam_leads BETWEEN 0 AND 10000),
        planned_evaluators INTEGER NOT NULL DEFAULT 0 CHECK (planned_evaluators BETWEEN 0 AND 10000),
        present_evaluators INTEGER NOT NULL DEFAULT 0 CHECK (present_evaluators BETWEEN 0 AND 10000),
        planned_proctors INTEGER NOT NULL DEFAULT 0 CHECK (planned_proctors BETWEEN 0 AND 10000),
        present_proctors INTEGER NOT NULL DEFAULT 0 CHECK (present_proctors BETWEEN 0 AND 10000),
        planned_supervisors INTEGER NOT NULL DEFAULT 0 CHECK (planned_supervisors BETWEEN 0 AND 10000),
        present_supervisors INTEGER NOT NULL DEFAULT 0 CHECK (present_supervisors BETWEEN 0 AND 10000),
        planned_assistants INTEGER NOT NULL DEFAULT 0 CHECK (planned_assistants BETWEEN 0 AND 10000),
        present_assistants INTEGER NOT NULL DEFAULT 0 CHECK (present_assistants BETWEEN 0 AND 10000),
        own_evaluators INTEGER NOT NULL DEFAULT 0 CHECK (own_evaluators BETWEEN 0 AND 10000),
        external_evaluators INTEGER NOT NULL DEFAULT 0 CHECK (external_evaluators BETWEEN 0 AND 10000),
        CHECK (publicity_start IS NULL OR publicity_end IS NULL OR publicity_end >= publicity_start),
        UNIQUE (filing_id, batch_no)
      ) STRICT;
      CREATE INDEX batches_by_filing_date ON batches (filing_id, exam_date);
      CREATE INDEX batches_by_occupation ON batches (filed_occupation_id);

      CREATE TABLE candidates (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        id_number TEXT NOT NULL CHECK (length(id_number) BETWEEN 6 AND 30),
        birth_date TEXT  CHECK (birth_date IS NULL OR date(birth_date) = birth_date),
        education TEXT CHECK (education IS NULL OR length(education) <= 50),
        work_years INTEGER CHECK (work_years IS NULL OR work_years BETWEEN 0 AND 80),
        eligibility_basis TEXT CHECK (eligibility_basis IS NULL OR length(eligibility_basis) <= 500),
        theory_score REAL CHECK (theory_score IS NULL OR theory_score BETWEEN 0 AND 100),
        skill_score REAL CHECK (skill_score IS NULL OR skill_score BETWEEN 0 AND 100),
        result TEXT CHECK (result IS NULL OR result IN ('pass','fail','absent')),
        certificate_no TEXT CHECK (certificate_no IS NULL OR length(certificate_no) <= 60),
        uploaded_national INTEGER NOT NULL DEFAULT 0 CHECK (uploaded_national IN (0, 1)),
        not_uploaded_reason TEXT CHECK (not_uploaded_reason IS NULL OR not_uploaded_reason IN ('under16','occupation','level','eligibility','other')),
        not_uploaded_note TEXT CHECK (not_uploaded_note IS NULL OR length(not_uploaded_note) <= 500),
        CHECK (uploaded_national = 0 OR not_uploaded_reason IS NULL),
        UNIQUE (batch_id, id_number)
      ) STRICT;
      CREATE INDEX candidates_by_id_number ON candidates (id_number);
    `);
  },
};
