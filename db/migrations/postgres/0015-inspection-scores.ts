import type { PostgresMigration } from './types';

/**
 * Twin of 0015-inspection-scores. inspection_scores.inspection_id is the scored inspection's id, so it is a plain
 * BIGINT key here, never generated (as inspection_template_pins.inspection_id).
 */
export const postgres0015: PostgresMigration = {
  version: 15,
  name: 'inspection-scores',
  sql: `
    CREATE TABLE inspection_scores (
      inspection_id BIGINT PRIMARY KEY REFERENCES inspections (id),
      template_hash TEXT COLLATE "C" NOT NULL REFERENCES form_templates (hash),
      filing_year BIGINT,
      scoring_version BIGINT NOT NULL CHECK (scoring_version >= 1),
      total_hundredths BIGINT,
      category TEXT COLLATE "C" NOT NULL CHECK (length(category) BETWEEN 1 AND 40),
      outcome_label TEXT COLLATE "C" NOT NULL CHECK (length(outcome_label) <= 2000),
      orders_rectification BIGINT NOT NULL CHECK (orders_rectification IN (0, 1))
    );
    CREATE INDEX inspection_scores_by_template ON inspection_scores (template_hash);
  `,
};
