import type { Database } from '../engine';
import { statement } from '../sql';
import { insertRows } from '../sql-batch';

/** The stored score of an imported inspection (migration 0015) and what it was computed from. */
export interface StoredScore {
  inspectionId: number;
  /** The pinned form version that scored it. */
  templateHash: string;
  /** The filing year that picked the 附件4 track (R-YQ-07); null when the inspection had no filing. */
  filingYear: number | null;
  scoringVersion: number;
  totalHundredths: number | null;
  category: string;
  outcomeLabel: string;
  ordersRectification: boolean;
}

/** A stored score with what it depends on as the store holds it now: a reader checks both agree before using it. */
export interface StoredScoreNow extends StoredScore {
  /** The inspection's pin today (pins never change; null if it has none). */
  pinnedHash: string | null;
  /** The filing year of the inspection's filing today; null without a filing. */
  currentFilingYear: number | null;
}

interface ScoreRow {
  inspection_id: number;
  template_hash: string;
  filing_year: number | null;
  scoring_version: number;
  total_hundredths: number | null;
  category: string;
  outcome_label: string;
  orders_rectification: number;
  pinned_hash: string | null;
  current_filing_year: number | null;
}

/** Writes (or, after a scoring change, rewrites) the score of one inspection. */
export function saveInspectionScore(db: Database, score: StoredScore): void {
  saveInspectionScores(db, [score]);
}

const SCORE_COLUMNS = [
  'inspection_id',
  'template_hash',
  'filing_year',
  'scoring_version',
  'total_hundredths',
  'category',
  'outcome_label',
  'orders_rectification',
] as const;

/** saveInspectionScore for many inspections, in few statements (a bundle import's). */
export function saveInspectionScores(db: Database, scores: readonly StoredScore[]): void {
  insertRows(
    db,
    'inspection_scores',
    SCORE_COLUMNS,
    scores.map((score) => [
      score.inspectionId,
      score.templateHash,
      score.filingYear,
      score.scoringVersion,
      score.totalHundredths,
      score.category,
      score.outcomeLabel,
      score.ordersRectification ? 1 : 0,
    ]),
    {
      suffix: `ON CONFLICT (inspection_id) DO UPDATE SET template_hash = excluded.template_hash, filing_year = excluded.filing_year,
       scoring_version = excluded.scoring_version, total_hundredths = excluded.total_hundredths, category = excluded.category,
       outcome_label = excluded.outcome_label, orders_rectification = excluded.orders_rectification`,
    },
  );
}

/** Ids per statement: well under both engines' limits on bound parameters. */
const CHUNK = 500;

const SELECT_NOW = `SELECT s.inspection_id, s.template_hash, s.filing_year, s.scoring_version, s.total_hundredths, s.category, s.outcome_label,
    s.orders_rectification, p.template_hash AS pinned_hash, f.filing_year AS current_filing_year
  FROM inspection_scores s
  JOIN inspections i ON i.id = s.inspection_id
  LEFT JOIN inspection_template_pins p ON p.inspection_id = s.inspection_id
  LEFT JOIN filings f ON f.id = i.filing_id`;

/** The stored scores of the given inspections (those that have one), with their pin and filing year today. */
export function storedScoresOf(db: Database, inspectionIds: readonly number[]): StoredScoreNow[] {
  const found: StoredScoreNow[] = [];
  for (let start = 0; start < inspectionIds.length; start += CHUNK) {
    const chunk = inspectionIds.slice(start, start + CHUNK);
    // One statement text per chunk size: a full chunk's is prepared once and reused.
    const sql = `${SELECT_NOW} WHERE s.inspection_id IN (${chunk.map(() => '?').join(', ')})`;
    for (const row of statement<ScoreRow>(db, sql).all(...chunk)) found.push(fromRow(row));
  }
  return found;
}

const fromRow = (row: ScoreRow): StoredScoreNow => ({
  inspectionId: row.inspection_id,
  templateHash: row.template_hash,
  filingYear: row.filing_year,
  scoringVersion: row.scoring_version,
  totalHundredths: row.total_hundredths,
  category: row.category,
  outcomeLabel: row.outcome_label,
  ordersRectification: row.orders_rectification === 1,
  pinnedHash: row.pinned_hash,
  currentFilingYear: row.current_filing_year,
});
