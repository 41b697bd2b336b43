import type { Migration } from './types';

/**
 * An inspection (现场核查) of one filing and everything it produces. A revision is a new inspection row pointing at
 * its parent, with a reason; the signed parent is never edited. JSON columns hold domain records verbatim.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'inspections',
  up(db) {
    db.exec(`
      CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL,
        filing_id INTEGER NOT NULL,
        template_id TEXT NOT NULL CHECK (length(template_id) BETWEEN 1 AND 100),
        template_version TEXT NOT NULL CHECK (length(template_version) BETWEEN 1 AND 40),
        panel_json TEXT NOT NULL CHECK (json_valid(panel_json) AND json_type(panel_json) = 'array'),
        inspection_date TEXT NOT NULL CHECK (date(inspection_date) = inspection_date),
        site TEXT NOT NULL DEFAULT '' CHECK (length(site) <= 300),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','signed','locked','exported')),
        score_hundredths INTEGER,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        parent_id INTEGER REFERENCES inspections (id),
        revision_reason TEXT CHECK (revision_reason IS NULL OR length(revision_reason) BETWEEN 1 AND 500),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (filing_id, institution_id) REFERENCES filings (id, institution_id),
        CHECK ((parent_id IS NULL AND revision = 1) OR (parent_id IS NOT NULL AND revision > 1 AND revision_reason IS NOT NULL))
      ) STRICT;
      CREATE INDEX inspections_by_institution ON inspections (institution_id);
      CREATE INDEX inspections_by_filing ON inspections (filing_id);
      CREATE INDEX inspections_by_parent ON inspections (parent_id);

      CREATE TABLE answers (
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 40),
        payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (inspection_id, item_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sampling_draws (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 100),
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        redraw_reason TEXT CHECK (redraw_reason IS NULL OR length(redraw_reason) BETWEEN 1 AND 500),
        record_json TEXT NOT NULL CHECK (json_valid(record_json)),
        drawn_at TEXT NOT NULL,
        drawn_by TEXT NOT NULL,
        CHECK (sequence = 1 OR redraw_reason IS NOT NULL),
        UNIQUE (inspection_id, purpose, sequence)
      ) STRICT;

      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 40),
        unit_kind TEXT NOT NULL CHECK (unit_kind IN ('batch','candidate','occupation','questionBank','plan','document','site','other')),
        unit_id TEXT NOT NULL CHECK (length(unit_id) <= 100),
        draw_id INTEGER REFERENCES sampling_draws (id),
        description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX findings_by_inspection ON findings (inspection_id, item_id);

      CREATE TABLE signatures (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        signer_name TEXT NOT NULL CHECK (length(signer_name) BETWEEN 1 AND 100),
        role TEXT NOT NULL CHECK (role IN ('panelLead','panelMember','institutionRep')),
        image_png BLOB NOT NULL CHECK (substr(image_png, 1, 8) = x'89504E470D0A1A0A' AND length(image_png) <= 2000000),
        signed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX signatures_by_inspection ON signatures (inspection_id);

      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        item_id TEXT CHECK (item_id IS NULL OR length(item_id) BETWEEN 1 AND 40),
        finding_id INTEGER REFERENCES findings (id),
        relative_path TEXT NOT NULL UNIQUE CHECK (
          length(relative_path) BETWEEN 1 AND 500 AND substr(relative_path, 1, 1) NOT IN ('/', '\\')
          AND instr(relative_path, '..') = 0 AND instr(relative_path, ':') = 0
        ),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        mime TEXT NOT NULL CHECK (length(mime) BETWEEN 3 AND 100),
        created_at TEXT NOT NULL,
        CHECK (item_id IS NOT NULL OR finding_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX evidence_by_inspection ON evidence (inspection_id);
    `);
  },
};
