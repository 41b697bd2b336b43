import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { ensureRound } from '../../../db/repositories/assessment-rounds';
import { getRectification, type RectificationRecord } from '../../../db/repositories/rectifications';
import { findAssignment, getAssignment, type AssignmentRecord } from '../../../db/repositories/sync-assignments';
import { getFieldIdentity } from '../../../db/repositories/sync-field';
import { statement } from '../../../db/sql';
import { defaultRoundName, type InspectionRoundLink } from '../../../shared/domain/rounds/types';
import { AppError } from '../../../shared/errors';
import { getRole } from '../sync/role';

/** Where a new inspection goes, and (follow-ups) the rectification it re-checks. */
export interface NewInspectionRound {
  link: InspectionRoundLink;
  rectification: RectificationRecord | null;
  /** The form version the office's assignment names (by hash), if any. */
  assignedTemplateHash: string | null;
}

/** The suffix that tells a round this laptop opened for itself from the office's round of the same year. */
export const DEVICE_ROUND_SUFFIX = '（本机）';

/**
 * A follow-up assignment names its rectification; the copy the pack brought must be here, for the same filing.
 * Checked before anything is written.
 */
export function followUpAssignment(
  db: Database,
  assignmentUid: string,
  filingId: number,
): { assignment: AssignmentRecord; rectification: RectificationRecord } {
  const assignment = getAssignment(db, assignmentUid);
  if (!assignment) throw new AppError('FOLLOW_UP_ASSIGNMENT_NOT_FOUND', { uid: assignmentUid });
  if (assignment.rectificationUid === null || assignment.scope === null || assignment.roundUid === null)
    throw new AppError('FOLLOW_UP_NOT_FOLLOW_UP', { uid: assignmentUid });
  if (assignment.filingId !== filingId)
    throw new AppError('FOLLOW_UP_FILING_MISMATCH', { uid: assignmentUid, expected: assignment.filingId, filingId });
  const rectification = getRectification(db, assignment.rectificationUid);
  if (!rectification) throw new AppError('FOLLOW_UP_RECTIFICATION_MISSING', { uid: assignmentUid, rectificationUid: assignment.rectificationUid });
  return { assignment, rectification };
}

/**
 * The round of a new inspection: the follow-up assignment's, else the round the office's assignment for (filing,
 * form) names, else a round this store opens for the inspection's year (one per year, reused).
 */
export function roundForNewInspection(
  db: Database,
  input: { filingId: number; templateId: string; inspectionDate: string; assignmentUid?: string | undefined; at: string },
): NewInspectionRound {
  if (input.assignmentUid !== undefined) {
    const { assignment, rectification } = followUpAssignment(db, input.assignmentUid, input.filingId);
    return {
      link: {
        roundUid: assignment.roundUid as string,
        purpose: 'followUp',
        rectificationUid: rectification.uid,
        scope: assignment.scope as 'findings' | 'full',
      },
      rectification,
      assignedTemplateHash: assignment.templateHash,
    };
  }
  // The office's own assignment rows are what it sent out, not work for this database.
  const assignment = getRole(db) === 'field' ? findAssignment(db, input.filingId, input.templateId) : null;
  const roundUid = assignment?.roundUid ?? ownRound(db, Number(input.inspectionDate.slice(0, 4)), input.at);
  return {
    link: { roundUid, purpose: 'assessment', rectificationUid: null, scope: null },
    rectification: null,
    assignedTemplateHash: assignment?.templateHash ?? null,
  };
}

function ownRound(db: Database, year: number, at: string): string {
  const openedBy = getFieldIdentity(db)?.deviceKey ?? 'local';
  const existing = statement<{ uid: string }>(
    db,
    "SELECT uid FROM assessment_rounds WHERE origin = 'device' AND year = ? AND opened_by = ? ORDER BY opened_at, uid LIMIT 1",
  ).get(year, openedBy);
  if (existing) return existing.uid;
  return ensureRound(db, {
    uid: randomBytes(16).toString('hex'),
    name: `${defaultRoundName(year)}${DEVICE_ROUND_SUFFIX}`,
    year,
    origin: 'device',
    openedBy,
    openedAt: at,
  }).uid;
}

/** The answer keys a findings-only follow-up may change: the listed findings' items, penalties and vetoes. */
export function followUpEditableKeys(rectification: RectificationRecord): Set<string> {
  const keys = rectification.findings.map((f) => (f.kind === 'deduction' ? f.refId : `${f.kind}:${f.refId}`));
  // Not scoring items of the form: the context (filing year track) and the set-aside automatic findings.
  return new Set([...keys, 'context', 'dismissedFindings']);
}
