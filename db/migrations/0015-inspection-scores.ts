import type { Migration } from './types';

/**
 * `inspection_scores`: the score of an imported inspection, stored when bundle-import.ts writes it. An imported
 * inspection is locked (its answers never change) and pinned to the form version that scores it, so its score is
 * fixed at import; the review list and the 附件4 summary read it here instead of scoring every row again.
 *
 * The row records what the score was computed from: the pinned form version, the filing year that picked the 附件4
 * track (R-YQ-07; NULL without a filing) and the scoring code's version. A reader that finds any of them changed, or
 * no row (inspections imported before this migration), scores the inspection itself (score-inspection.ts).
 */
export const migration0015: Migration = {
  version: 15,
  name: 'inspection-scores',
  up(db) {
    db.exec(`
      CREATE TABLE inspection_scores (
        inspection_id INTEGER PRIMARY KEY REFERENCES inspections (id),
        template_hash TEXT NOT NULL REFERENCES form_templates (hash),
        filing_year INTEGER,
        scoring_version INTEGER NOT NULL CHECK (scoring_version >= 1),
        total_hundredths INTEGER,
        category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 40),
        outcome_label TEXT NOT NULL CHECK (length(outcome_label) <= 2000),
        orders_rectification INTEGER NOT NULL CHECK (orders_rectification IN (0, 1))
      ) STRICT;
      CREATE INDEX inspection_scores_by_template ON inspection_scores (template_hash);
    `);
  },
};
