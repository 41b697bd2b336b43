import type { Migration } from './types';

/**
 * Assessment rounds and rectification (issue 15).
 *
 * `assessment_rounds`: one assessment campaign (评估轮次, e.g. 2026年度延续备案评估), opened by the office (its packs
 * name it) or by a laptop working without a pack; `origin` says which, `received` when it came in a pack or bundle.
 * `inspection_rounds` puts an inspection in a round, as the assessment of its filing or as the follow-up (整改复查) of a
 * rectification, re-checking its listed findings or the whole form. A table of its own so the audit state of existing
 * inspection rows (0011) stays valid; written once.
 *
 * `rectifications`: the 整改 an accepted outcome ordered — the findings to fix (a snapshot), the deadline from the
 * form's rule, the legal basis. The office opens it; a laptop holds a copy a pack brought (`origin` received) for the
 * follow-up. Responses, their evidence files, the signed notice and the final decision are the office's; a decision
 * is written once and never changed.
 *
 * `received_history` (laptop): the earlier rounds of its assigned filings as the newest pack described them, with
 * their signed PDFs; each pack replaces it for the filings it carries.
 *
 * `sync_assignments` is rebuilt: one laptop may now assess the same filing with the same form in another round, or
 * re-check it for a rectification, so the old UNIQUE (device_key, filing_id, template_id) gives way to one that also
 * names the round and the rectification.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'rounds-rectifications',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_rounds (
        uid TEXT PRIMARY KEY CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        origin TEXT NOT NULL CHECK (origin IN ('office','device','received')),
        opened_by TEXT NOT NULL CHECK (length(opened_by) BETWEEN 1 AND 200),
        opened_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE inspection_rounds (
        inspection_id INTEGER PRIMARY KEY REFERENCES inspections (id),
        round_uid TEXT NOT NULL REFERENCES assessment_rounds (uid),
        purpose TEXT NOT NULL CHECK (purpose IN ('assessment','followUp')),
        rectification_uid TEXT CHECK (rectification_uid IS NULL OR (length(rectification_uid) = 32 AND rectification_uid NOT GLOB '*[^0-9a-f]*')),
        scope TEXT CHECK (scope IS NULL OR scope IN ('findings','full')),
        CHECK ((purpose = 'assessment' AND rectification_uid IS NULL AND scope IS NULL)
            OR (purpose = 'followUp' AND rectification_uid IS NOT NULL AND scope IS NOT NULL))
      ) STRICT;
      CREATE INDEX inspection_rounds_by_round ON inspection_rounds (round_uid);
      CREATE INDEX inspection_rounds_by_rectification ON inspection_rounds (rectification_uid);
      CREATE TRIGGER inspection_rounds_no_update BEFORE UPDATE ON inspection_rounds
      BEGIN
        SELECT RAISE(ABORT, 'an inspection stays in the round it was made for');
      END;

      CREATE TABLE rectifications (
        uid TEXT PRIMARY KEY CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
        filing_id INTEGER NOT NULL REFERENCES filings (id),
        round_uid TEXT REFERENCES assessment_rounds (uid),
        inspection_id INTEGER UNIQUE REFERENCES inspections (id),
        template_hash TEXT NOT NULL CHECK (length(template_hash) = 64),
        outcome_category TEXT NOT NULL CHECK (length(outcome_category) BETWEEN 1 AND 40),
        outcome_label TEXT NOT NULL CHECK (length(outcome_label) BETWEEN 1 AND 200),
        inspection_date TEXT NOT NULL CHECK (date(inspection_date) = inspection_date),
        score_hundredths INTEGER,
        findings_json TEXT NOT NULL CHECK (json_valid(findings_json) AND json_type(findings_json) = 'array'),
        base_answers_json TEXT NOT NULL CHECK (json_valid(base_answers_json) AND json_type(base_answers_json) = 'array'),
        deadline_rule_json TEXT NOT NULL CHECK (json_valid(deadline_rule_json)),
        due_on TEXT NOT NULL CHECK (date(due_on) = due_on),
        basis TEXT NOT NULL CHECK (length(basis) BETWEEN 1 AND 2000),
        origin TEXT NOT NULL CHECK (origin IN ('office','received')),
        opened_by TEXT NOT NULL CHECK (length(opened_by) BETWEEN 1 AND 200),
        opened_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rectifications_by_filing ON rectifications (filing_id);

      CREATE TABLE rectification_responses (
        id INTEGER PRIMARY KEY,
        rectification_uid TEXT NOT NULL REFERENCES rectifications (uid),
        received_on TEXT NOT NULL CHECK (date(received_on) = received_on),
        summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
        recorded_by TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 200),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rectification_responses_by_rectification ON rectification_responses (rectification_uid);

      CREATE TABLE rectification_files (
        id INTEGER PRIMARY KEY,
        rectification_uid TEXT NOT NULL REFERENCES rectifications (uid),
        response_id INTEGER REFERENCES rectification_responses (id),
        kind TEXT NOT NULL CHECK (kind IN ('evidence','notice')),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        mime TEXT NOT NULL CHECK (length(mime) BETWEEN 3 AND 100),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        content BLOB NOT NULL CHECK (length(content) <= 50000000),
        added_at TEXT NOT NULL,
        CHECK ((kind = 'evidence' AND response_id IS NOT NULL) OR (kind = 'notice' AND response_id IS NULL))
      ) STRICT;
      CREATE INDEX rectification_files_by_rectification ON rectification_files (rectification_uid);
      CREATE TRIGGER rectification_files_no_update BEFORE UPDATE ON rectification_files
      BEGIN
        SELECT RAISE(ABORT, 'a stored rectification file is never changed');
      END;

      CREATE TABLE rectification_decisions (
        rectification_uid TEXT PRIMARY KEY REFERENCES rectifications (uid),
        decision TEXT NOT NULL CHECK (decision IN ('renew','resume','terminate')),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        follow_up_inspection_id INTEGER REFERENCES inspections (id),
        decided_on TEXT NOT NULL CHECK (date(decided_on) = decided_on),
        decided_by TEXT NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 200),
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER rectification_decisions_no_update BEFORE UPDATE ON rectification_decisions
      BEGIN
        SELECT RAISE(ABORT, 'a rectification decision is final');
      END;
      CREATE TRIGGER rectification_decisions_no_delete BEFORE DELETE ON rectification_decisions
      BEGIN
        SELECT RAISE(ABORT, 'a rectification decision is final');
      END;

      CREATE TABLE received_history (
        filing_id INTEGER NOT NULL REFERENCES filings (id),
        entry_no INTEGER NOT NULL CHECK (entry_no >= 1),
        entry_json TEXT NOT NULL CHECK (json_valid(entry_json)),
        PRIMARY KEY (filing_id, entry_no)
      ) STRICT;
      CREATE TABLE received_history_files (
        filing_id INTEGER NOT NULL,
        entry_no INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        content BLOB NOT NULL,
        PRIMARY KEY (filing_id, entry_no, name),
        FOREIGN KEY (filing_id, entry_no) REFERENCES received_history (filing_id, entry_no) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE sync_assignments_0013 (
        uid TEXT PRIMARY KEY CHECK (length(uid) = 32),
        device_key TEXT NOT NULL CHECK (length(device_key) BETWEEN 1 AND 100),
        filing_id INTEGER NOT NULL REFERENCES filings (id),
        template_id TEXT NOT NULL,
        template_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        template_hash TEXT CHECK (template_hash IS NULL OR length(template_hash) = 64),
        round_uid TEXT REFERENCES assessment_rounds (uid),
        rectification_uid TEXT REFERENCES rectifications (uid),
        scope TEXT CHECK (scope IS NULL OR scope IN ('findings','full')),
        CHECK ((rectification_uid IS NULL AND scope IS NULL) OR (rectification_uid IS NOT NULL AND scope IS NOT NULL AND round_uid IS NOT NULL))
      ) STRICT;
      INSERT INTO sync_assignments_0013 (uid, device_key, filing_id, template_id, template_version, created_at, template_hash)
        SELECT uid, device_key, filing_id, template_id, template_version, created_at, template_hash FROM sync_assignments;
      DROP TABLE sync_assignments;
      ALTER TABLE sync_assignments_0013 RENAME TO sync_assignments;
      CREATE UNIQUE INDEX sync_assignments_once
        ON sync_assignments (device_key, filing_id, template_id, ifnull(round_uid, ''), ifnull(rectification_uid, ''));
    `);
  },
};
