import { candidateResults, notUploadedReasons, skillLevels } from '../../shared/store/enums';
import { sqlList } from './sql-lists';
import type { Migration } from './types';

const dateColumn = (name: string, required = false) =>
  `${name} TEXT ${required ? 'NOT NULL' : ''} CHECK (${name} IS NULL OR date(${name}) = ${name})`;
const staffCount = (name: string) => `${name} INTEGER NOT NULL DEFAULT 0 CHECK (${name} BETWEEN 0 AND 10000)`;

/**
 * Batches (批次) with planned and present staff per role (R-SM-04) and candidates with the facts the
 * certificate-upload ratio needs (R-SD-02). ID numbers are stored in full; only the handlers mask them.
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
        level TEXT NOT NULL CHECK (level IN (${sqlList(skillLevels)})),
        batch_no TEXT NOT NULL CHECK (length(batch_no) BETWEEN 1 AND 60),
        ${dateColumn('exam_date', true)},
        ${dateColumn('plan_filed_on')},
        ${dateColumn('publicity_start')},
        ${dateColumn('publicity_end')},
        ${staffCount('planned_exam_leads')},
        ${staffCount('present_exam_leads')},
        ${staffCount('planned_evaluators')},
        ${staffCount('present_evaluators')},
        ${staffCount('planned_proctors')},
        ${staffCount('present_proctors')},
        ${staffCount('planned_supervisors')},
        ${staffCount('present_supervisors')},
        ${staffCount('planned_assistants')},
        ${staffCount('present_assistants')},
        ${staffCount('own_evaluators')},
        ${staffCount('external_evaluators')},
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
        ${dateColumn('birth_date')},
        education TEXT CHECK (education IS NULL OR length(education) <= 50),
        work_years INTEGER CHECK (work_years IS NULL OR work_years BETWEEN 0 AND 80),
        eligibility_basis TEXT CHECK (eligibility_basis IS NULL OR length(eligibility_basis) <= 500),
        theory_score REAL CHECK (theory_score IS NULL OR theory_score BETWEEN 0 AND 100),
        skill_score REAL CHECK (skill_score IS NULL OR skill_score BETWEEN 0 AND 100),
        result TEXT CHECK (result IS NULL OR result IN (${sqlList(candidateResults)})),
        certificate_no TEXT CHECK (certificate_no IS NULL OR length(certificate_no) <= 60),
        uploaded_national INTEGER NOT NULL DEFAULT 0 CHECK (uploaded_national IN (0, 1)),
        not_uploaded_reason TEXT CHECK (not_uploaded_reason IS NULL OR not_uploaded_reason IN (${sqlList(notUploadedReasons)})),
        not_uploaded_note TEXT CHECK (not_uploaded_note IS NULL OR length(not_uploaded_note) <= 500),
        CHECK (uploaded_national = 0 OR not_uploaded_reason IS NULL),
        UNIQUE (batch_id, id_number)
      ) STRICT;
      CREATE INDEX candidates_by_id_number ON candidates (id_number);
    `);
  },
};
