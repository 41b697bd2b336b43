import type { Database } from '../../../db/engine';
import { inspectionRound } from '../../../db/repositories/inspection-rounds';
import { getDecision, insertDecision } from '../../../db/repositories/rectifications';
import { inTransaction } from '../../../db/sql';
import { compareDates } from '../../../shared/domain/deadlines';
import { allowedDecisions, decisionLabel, type RectificationDecision } from '../../../shared/domain/rectification';
import { AppError } from '../../../shared/errors';
import { requireRole } from '../sync/role';
import { requireRectification } from './respond';

/**
 * Office: the final decision (R-YQ-06 再视情况决定是否准予延续备案或恢复评价活动), once — one the ordering outcome allows
 * (defer: renew/terminate, suspend: resume/terminate), optionally naming the follow-up inspection it rests on.
 */
export function decideRectification(
  db: Database,
  input: { uid: string; decision: RectificationDecision; reason: string; decidedOn: string; followUpInspectionId?: number; actor: string; now: Date },
): void {
  requireRole(db, 'office');
  inTransaction(db, () => {
    const record = requireRectification(db, input.uid);
    const earlier = getDecision(db, record.uid);
    if (earlier) throw new AppError('RECTIFICATION_ALREADY_DECIDED', { uid: record.uid, decidedOn: earlier.decidedOn });
    const allowed = allowedDecisions(record.outcomeCategory);
    if (!allowed.includes(input.decision))
      throw new AppError('RECTIFICATION_DECISION_NOT_ALLOWED', {
        outcome: record.outcomeLabel,
        allowed: allowed.map((d) => decisionLabel(d)).join('、'),
      });
    if (compareDates(input.decidedOn, record.inspectionDate) < 0)
      throw new AppError('RECTIFICATION_DATE_BEFORE_INSPECTION', {
        field: 'RECTIFICATION_FIELD_DECIDED_ON',
        date: input.decidedOn,
        inspectionDate: record.inspectionDate,
      });
    const followUp = input.followUpInspectionId ?? null;
    if (followUp !== null && inspectionRound(db, followUp)?.rectificationUid !== record.uid)
      throw new AppError('RECTIFICATION_FOLLOW_UP_UNKNOWN', { inspectionId: followUp, uid: record.uid });
    insertDecision(db, {
      rectificationUid: record.uid,
      decision: input.decision,
      reason: input.reason,
      followUpInspectionId: followUp,
      decidedOn: input.decidedOn,
      decidedBy: input.actor,
      decidedAt: input.now.toISOString(),
    });
  });
}
