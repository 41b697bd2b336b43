import type { PostgresMigration } from './types';

/**
 * Twin of 0012-form-templates; the refusing triggers use si_refuse_change (0005) with SQLite's messages.
 * inspection_template_pins.inspection_id is a rowid alias in SQLite but always the pinned inspection's id, so it is a
 * plain BIGINT key here, never generated.
 */
export const postgres0012: PostgresMigration = {
  version: 12,
  name: 'form-templates',
  sql: `
    CREATE TABLE form_templates (
      hash TEXT COLLATE "C" PRIMARY KEY CHECK (length(hash) = 64 AND hash !~ '[^0-9a-f]'),
      template_id TEXT COLLATE "C" NOT NULL CHECK (length(template_id) BETWEEN 1 AND 100),
      template_version TEXT COLLATE "C" NOT NULL CHECK (length(template_version) BETWEEN 1 AND 40),
      title TEXT COLLATE "C" NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      canonical_json TEXT COLLATE "C" NOT NULL CHECK (si_json_valid(canonical_json)),
      origin TEXT COLLATE "C" NOT NULL CHECK (origin IN ('builtin','imported','received')),
      added_at TEXT COLLATE "C" NOT NULL,
      UNIQUE (template_id, template_version)
    );
    CREATE TRIGGER form_templates_no_update BEFORE UPDATE ON form_templates
      FOR EACH ROW EXECUTE FUNCTION si_refuse_change('form template versions are immutable');
    CREATE TRIGGER form_templates_no_delete BEFORE DELETE ON form_templates
      FOR EACH ROW EXECUTE FUNCTION si_refuse_change('form template versions are never deleted');

    CREATE TABLE inspection_template_pins (
      inspection_id BIGINT PRIMARY KEY REFERENCES inspections (id),
      template_hash TEXT COLLATE "C" NOT NULL REFERENCES form_templates (hash)
    );
    CREATE INDEX inspection_template_pins_by_hash ON inspection_template_pins (template_hash);
    CREATE TRIGGER inspection_template_pins_no_update BEFORE UPDATE ON inspection_template_pins
      FOR EACH ROW EXECUTE FUNCTION si_refuse_change('an inspection keeps the form version it was scored with');

    CREATE TABLE working_calendars (
      hash TEXT COLLATE "C" PRIMARY KEY CHECK (length(hash) = 64 AND hash !~ '[^0-9a-f]'),
      version TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(version) BETWEEN 1 AND 100),
      calendar_json TEXT COLLATE "C" NOT NULL CHECK (si_json_valid(calendar_json)),
      origin TEXT COLLATE "C" NOT NULL CHECK (origin IN ('builtin','imported','received')),
      added_at TEXT COLLATE "C" NOT NULL
    );

    ALTER TABLE sync_assignments ADD COLUMN template_hash TEXT COLLATE "C" CHECK (template_hash IS NULL OR length(template_hash) = 64);
  `,
};
