import type { Migration } from './types';

/**
 * Forms as data (issue 14). `form_templates` keeps every form version this store has known, by the SHA-256 of its
 * canonical JSON: built into the app, imported at the office, or received in a pack. A version is immutable and never
 * deleted, so an inspection scored with it can always be re-scored and re-printed. `(template_id, template_version)`
 * is unique: a changed form is a new version.
 *
 * `inspection_template_pins` records the version each inspection is scored with. It is a table of its own rather than
 * a column of `inspections` so the audit state of existing entries (a hash over the inspection row, 0011) stays valid.
 *
 * `working_calendars` holds the holiday lists (法定节假日 / 调休) the office imported or a pack brought; the newest
 * one in use covers the deadlines.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'form-templates',
  up(db) {
    db.exec(`
      CREATE TABLE form_templates (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        template_id TEXT NOT NULL CHECK (length(template_id) BETWEEN 1 AND 100),
        template_version TEXT NOT NULL CHECK (length(template_version) BETWEEN 1 AND 40),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        canonical_json TEXT NOT NULL CHECK (json_valid(canonical_json)),
        origin TEXT NOT NULL CHECK (origin IN ('builtin','imported','received')),
        added_at TEXT NOT NULL,
        UNIQUE (template_id, template_version)
      ) STRICT;
      CREATE TRIGGER form_templates_no_update BEFORE UPDATE ON form_templates
      BEGIN
        SELECT RAISE(ABORT, 'form template versions are immutable');
      END;
      CREATE TRIGGER form_templates_no_delete BEFORE DELETE ON form_templates
      BEGIN
        SELECT RAISE(ABORT, 'form template versions are never deleted');
      END;

      CREATE TABLE inspection_template_pins (
        inspection_id INTEGER PRIMARY KEY REFERENCES inspections (id),
        template_hash TEXT NOT NULL REFERENCES form_templates (hash)
      ) STRICT;
      CREATE INDEX inspection_template_pins_by_hash ON inspection_template_pins (template_hash);
      CREATE TRIGGER inspection_template_pins_no_update BEFORE UPDATE ON inspection_template_pins
      BEGIN
        SELECT RAISE(ABORT, 'an inspection keeps the form version it was scored with');
      END;

      CREATE TABLE working_calendars (
        hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
        version TEXT NOT NULL UNIQUE CHECK (length(version) BETWEEN 1 AND 100),
        calendar_json TEXT NOT NULL CHECK (json_valid(calendar_json)),
        origin TEXT NOT NULL CHECK (origin IN ('builtin','imported','received')),
        added_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE sync_assignments ADD COLUMN template_hash TEXT CHECK (template_hash IS NULL OR length(template_hash) = 64);
    `);
  },
};
