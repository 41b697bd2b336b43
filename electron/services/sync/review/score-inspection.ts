import type { Database } from '../../../../db/engine';
import { answersOfInspections, listAnswers } from '../../../../db/repositories/answers';
import { filingYearsOf, getFiling } from '../../../../db/repositories/filings';
import { saveInspectionScores, storedScoresOf, type StoredScore, type StoredScoreNow } from '../../../../db/repositories/inspection-scores';
import { pinnedTemplateHashes } from '../../../../db/repositories/inspection-template-pins';
import { score, type ScoreResult } from '../../../../shared/domain/scoring';
import type { OutcomeCategory, Template } from '../../../../shared/domain/templates';
import { isAppError, type AppError } from '../../../../shared/errors';
import { answersFromRows } from '../../../../shared/store/answer-keys';
import type { AnswerRecord, InspectionRecord } from '../../../../shared/store/records';
import { findTemplateByHash, templateForInspection } from '../../templates/template-store';

export interface InspectionScore {
  total: number | null;
  category: OutcomeCategory;
  outcomeLabel: string;
  /** The deciding outcome rule orders rectification (R-YQ-06). */
  ordersRectification: boolean;
  /** The version the inspection pinned, that scored it; null when it could not be read. */
  template: Template | null;
}

/**
 * Scores an imported inspection from its stored answers with the domain's score(); the filing year picks the 附件4
 * track (R-YQ-07) when the panel did not state it. Unscorable answers give an undetermined outcome, not a crash.
 */
/** The full result with the form given (its pin); throws the AppError of unscorable answers. */
export function scoreWithTemplate(db: Database, inspection: InspectionRecord, template: Template): ScoreResult {
  return scoreAnswers(template, listAnswers(db, inspection.id), getFiling(db, inspection.filingId)?.filingYear);
}

/** scoreWithTemplate on answers already read (one inspection's) and its filing's year. */
function scoreAnswers(template: Template, rows: readonly AnswerRecord[], filingYear: number | undefined): ScoreResult {
  const answers = answersFromRows(template, [...rows]);
  const withYear =
    filingYear !== undefined && answers.context?.filingYear === undefined ? { ...answers, context: { ...answers.context, filingYear } } : answers;
  return score(template, withYear);
}

const scoredBy = (inspection: InspectionRecord, template: Template, result: ScoreResult): InspectionScore => ({
  total: result.complete ? result.total : (inspection.scoreHundredths ?? result.total),
  category: result.outcome.category,
  outcomeLabel: result.outcome.label,
  ordersRectification: result.outcome.rectification !== null,
  template,
});

const unscorable = (inspection: InspectionRecord, error: AppError, template: Template | null): InspectionScore => ({
  total: inspection.scoreHundredths,
  category: 'undetermined',
  outcomeLabel: `无法评分：${error.message}`,
  ordersRectification: false,
  template,
});

export function scoreInspection(db: Database, inspection: InspectionRecord): InspectionScore {
  let template: Template | null = null;
  try {
    template = templateForInspection(db, inspection.id);
    return scoredBy(inspection, template, scoreWithTemplate(db, inspection, template));
  } catch (error) {
    if (isAppError(error)) return unscorable(inspection, error, template);
    throw error;
  }
}

/**
 * The version of the scoring this code does (score-inspection.ts and shared/domain/scoring). A stored score of
 * another version is not used but computed again: raise it when a change to the scoring changes any result.
 */
export const SCORING_VERSION = 1;

/**
 * Stores the scores of inspections just imported (bundle-import.ts, in its transaction): their answers are locked and
 * they are pinned, so each score is fixed. Pins, answers and filing years are read a few statements at a time and each
 * form version is parsed once, so a 1,000-inspection bundle costs a handful of round trips on PostgreSQL. An
 * inspection without a pin, or whose form cannot be read, is not stored: it is scored when read, as before 0015.
 */
export function storeImportedScores(db: Database, inspections: readonly InspectionRecord[]): void {
  if (inspections.length === 0) return;
  const ids = inspections.map((inspection) => inspection.id);
  const pins = pinnedTemplateHashes(db, ids);
  const answers = answersOfInspections(db, ids);
  const years = filingYearsOf(
    db,
    inspections.map((inspection) => inspection.filingId),
  );
  const templateOf = templateReader(db);
  const scores: StoredScore[] = [];
  for (const inspection of inspections) {
    const pin = pins.get(inspection.id);
    const template = pin === undefined ? null : templateOf(pin);
    if (pin === undefined || template === null) continue;
    const filingYear = years.get(inspection.filingId);
    let scored: InspectionScore;
    try {
      scored = scoredBy(inspection, template, scoreAnswers(template, answers.get(inspection.id) ?? [], filingYear));
    } catch (error) {
      if (!isAppError(error)) throw error;
      scored = unscorable(inspection, error, template);
    }
    scores.push({
      inspectionId: inspection.id,
      templateHash: pin,
      filingYear: filingYear ?? null,
      scoringVersion: SCORING_VERSION,
      totalHundredths: scored.total,
      category: scored.category,
      outcomeLabel: scored.outcomeLabel,
      ordersRectification: scored.ordersRectification,
    });
  }
  saveInspectionScores(db, scores);
}

/** Form versions by hash, each read once: null for one this store lacks or that no longer reads (tampered). */
function templateReader(db: Database): (hash: string) => Template | null {
  const templates = new Map<string, Template | null>();
  return (hash) => {
    if (!templates.has(hash)) {
      let template: Template | null = null;
      try {
        template = findTemplateByHash(db, hash);
      } catch (error) {
        // A version that no longer reads (TEMPLATE_STORE_TAMPERED).
        if (!isAppError(error)) throw error;
      }
      templates.set(hash, template);
    }
    return templates.get(hash) ?? null;
  };
}

/** A stored score still holds when it was computed by this scoring, with the inspection's pin and filing year today. */
const stillHolds = (stored: StoredScoreNow) =>
  stored.scoringVersion === SCORING_VERSION && stored.pinnedHash === stored.templateHash && stored.filingYear === stored.currentFilingYear;

/**
 * Turns stored rows into scores, each form version read once per reader: null when there is no row, when it no longer
 * holds, or when its form version does not read any more (scoreInspection then says why, for that inspection).
 */
export function storedScoreReader(db: Database): (row: StoredScoreNow | undefined) => InspectionScore | null {
  const held = heldScoreReader(db);
  return (row) => (row && stillHolds(row) ? held(row) : null);
}

/**
 * stillHolds in SQL, for a statement over inspection_scores sc, inspection_template_pins p and filings f: 1 when the
 * stored score holds, else 0 (the filing years compared NULL-safe, as === compares them). Binds SCORING_VERSION.
 */
export const STORED_SCORE_HOLDS_SQL = `CASE WHEN sc.scoring_version = ? AND sc.template_hash = p.template_hash
  AND (sc.filing_year = f.filing_year OR (sc.filing_year IS NULL AND f.filing_year IS NULL)) THEN 1 ELSE 0 END`;

type HeldScore = Pick<StoredScore, 'templateHash' | 'totalHundredths' | 'category' | 'outcomeLabel' | 'ordersRectification'>;

/**
 * storedScoreReader for rows known to hold (STORED_SCORE_HOLDS_SQL said so): null only when the form version does not
 * read any more.
 */
export function heldScoreReader(db: Database): (row: HeldScore) => InspectionScore | null {
  const templateOf = templateReader(db);
  return (row) => {
    const template = templateOf(row.templateHash);
    if (!template) return null;
    return {
      total: row.totalHundredths,
      category: row.category as OutcomeCategory,
      outcomeLabel: row.outcomeLabel,
      ordersRectification: row.ordersRectification,
      template,
    };
  };
}

/**
 * Scores of many imported inspections at once, keyed by inspection id: what the review list and the 附件4 summary show.
 * Every inspection given has an entry. Stored scores (migration 0015) are read in a few statements and each form
 * version is read once; an inspection without a stored score that still holds is scored from its answers
 * (scoreInspection), so the result is the same either way.
 */
export function scoreInspections(db: Database, inspections: readonly InspectionRecord[]): Map<number, InspectionScore> {
  const stored = new Map(storedScoresOf(db, [...new Set(inspections.map((inspection) => inspection.id))]).map((row) => [row.inspectionId, row]));
  const read = storedScoreReader(db);
  return new Map(inspections.map((inspection) => [inspection.id, read(stored.get(inspection.id)) ?? scoreInspection(db, inspection)]));
}
