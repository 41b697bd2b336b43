import type { Database } from 'better-sqlite3';
import { listAnswers } from '../../../../db/repositories/answers';
import { getFiling } from '../../../../db/repositories/filings';
import { score, type ScoreResult } from '../../../../shared/domain/scoring';
import type { OutcomeCategory, Template } from '../../../../shared/domain/templates';
import { isAppError } from '../../../../shared/errors';
import { answersFromRows } from '../../../../shared/store/answer-keys';
import type { InspectionRecord } from '../../../../shared/store/records';
import { templateForInspection } from '../../templates/template-store';

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
  const answers = answersFromRows(template, listAnswers(db, inspection.id));
  const filingYear = getFiling(db, inspection.filingId)?.filingYear;
  const withYear =
    filingYear !== undefined && answers.context?.filingYear === undefined ? { ...answers, context: { ...answers.context, filingYear } } : answers;
  return score(template, withYear);
}

export function scoreInspection(db: Database, inspection: InspectionRecord): InspectionScore {
  let template: Template | null = null;
  try {
    template = templateForInspection(db, inspection.id);
    const result = scoreWithTemplate(db, inspection, template);
    return {
      total: result.complete ? result.total : (inspection.scoreHundredths ?? result.total),
      category: result.outcome.category,
      outcomeLabel: result.outcome.label,
      ordersRectification: result.outcome.rectification !== null,
      template,
    };
  } catch (error) {
    if (isAppError(error))
      return {
        total: inspection.scoreHundredths,
        category: 'undetermined',
        outcomeLabel: `无法评分：${error.message}`,
        ordersRectification: false,
        template,
      };
    throw error;
  }
}
