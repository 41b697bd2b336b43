import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { appendAudit } from '../../../db/repositories/audit-log';
import { listFindings } from '../../../db/repositories/findings';
import { inspectionRound } from '../../../db/repositories/inspection-rounds';
import { pinnedTemplateHash } from '../../../db/repositories/inspection-template-pins';
import { requireInspection } from '../../../db/repositories/inspections';
import { ensureRectification, rectificationOfInspection, type RectificationRecord } from '../../../db/repositories/rectifications';
import { listImportedInspections } from '../../../db/repositories/sync-imports';
import { getOfficeKeys } from '../../../db/repositories/sync-office';
import { inTransaction, statement } from '../../../db/sql';
import { rectificationDeadline } from '../../../shared/domain/deadlines';
import { findingsOfResult, rectificationBasis } from '../../../shared/domain/rectification';
import { templateHash } from '../../../shared/domain/templates/hash';
import { AppError, isAppError } from '../../../shared/errors';
import { currentWorkingCalendar } from '../calendar/stored-calendar';
import { requireRole } from '../sync/role';
import { scoreWithTemplate } from '../sync/review/score-inspection';
import { templateForInspection } from '../templates/template-store';

/** The ordering inspection's answers exactly as stored: a findings-only follow-up starts from them. */
const baseAnswersOf = (db: Database, inspectionId: number): RectificationRecord['baseAnswers'] =>
  statement<{ item_id: string; payload_json: string }>(db, 'SELECT item_id, payload_json FROM answers WHERE inspection_id = ? ORDER BY item_id')
    .all(inspectionId)
    .map((row) => ({ item_id: row.item_id, payload_json: row.payload_json }));

/**
 * Office: the rectification an accepted inspection's outcome orders (R-YQ-06), scored with the form version it pinned;
 * the findings, deadline (the rule's months or working days in the office calendar) and basis are fixed when opened.
 * Opening again returns the stored record. An inspection not accepted in review, or whose outcome orders none, is refused.
 */
export function openRectification(db: Database, input: { inspectionId: number; actor: string; now: Date }): RectificationRecord {
  requireRole(db, 'office');
  return inTransaction(db, () => {
    const existing = rectificationOfInspection(db, input.inspectionId);
    if (existing) return existing;
    const inspection = requireInspection(db, input.inspectionId);
    const accepted = listImportedInspections(db).some((record) => record.inspectionId === inspection.id && record.reviewStatus === 'accepted');
    if (!accepted) throw new AppError('RECTIFICATION_NOT_ACCEPTED', { inspectionId: inspection.id });
    const template = templateForInspection(db, inspection.id);
    const result = scoreWithTemplate(db, inspection, template);
    const rule = result.outcome.rectification;
    if (!rule) throw new AppError('RECTIFICATION_NOT_ORDERED', { inspectionId: inspection.id, outcome: result.outcome.label });
    const dueOn = rectificationDeadline(rule, inspection.inspectionDate, currentWorkingCalendar(db)) ?? inspection.inspectionDate;
    const at = input.now.toISOString();
    const record = ensureRectification(db, {
      uid: randomBytes(16).toString('hex'),
      filingId: inspection.filingId,
      roundUid: inspectionRound(db, inspection.id)?.roundUid ?? null,
      inspectionId: inspection.id,
      templateHash: pinnedTemplateHash(db, inspection.id) ?? templateHash(template),
      outcomeCategory: result.outcome.category,
      outcomeLabel: result.outcome.label,
      inspectionDate: inspection.inspectionDate,
      scoreHundredths: result.complete ? result.total : inspection.scoreHundredths,
      findings: findingsOfResult(template, result, listFindings(db, inspection.id)),
      baseAnswers: baseAnswersOf(db, inspection.id),
      deadlineRule: rule,
      dueOn,
      basis: rectificationBasis(result.outcome.source),
      origin: 'office',
      openedBy: getOfficeKeys(db)?.officeName ?? input.actor,
      openedAt: at,
    });
    appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: inspection.id,
      entity: 'rectification',
      entityId: record.uid,
      action: 'create',
      old: null,
      new: { uid: record.uid, outcomeCategory: record.outcomeCategory, dueOn: record.dueOn, findings: record.findings.length },
      reason: null,
    });
    return record;
  });
}

/**
 * Office accept (sync:review): opens the rectification when the accepted outcome orders one; nothing otherwise. An
 * outcome that cannot be scored (the review list shows 无法评分) orders nothing either, so it does not block the acceptance.
 */
export function openRectificationIfOrdered(db: Database, input: { inspectionId: number; actor: string; now: Date }): RectificationRecord | null {
  try {
    return openRectification(db, input);
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}
