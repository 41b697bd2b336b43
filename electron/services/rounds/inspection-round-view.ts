import type { Database } from '../../../db/engine';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { inspectionRound } from '../../../db/repositories/inspection-rounds';
import { getRectification } from '../../../db/repositories/rectifications';
import type { InspectionFollowUp, InspectionRoundSummary } from '../../../shared/ipc/channels/inspections';
import { AppError } from '../../../shared/errors';
import { followUpEditableKeys } from './new-inspection-round';

/** The round an inspection belongs to and, for a follow-up, what it re-checks (inspections:get). */
export function inspectionRoundView(
  db: Database,
  inspectionId: number,
): { round: InspectionRoundSummary | null; followUp: InspectionFollowUp | null } {
  const link = inspectionRound(db, inspectionId);
  if (!link) return { round: null, followUp: null };
  const round = getRound(db, link.roundUid);
  const rectification = link.rectificationUid === null ? null : getRectification(db, link.rectificationUid);
  return {
    round: round ? { uid: round.uid, name: round.name, year: round.year } : null,
    followUp:
      link.purpose === 'followUp'
        ? {
            rectificationUid: link.rectificationUid,
            scope: link.scope,
            findings: rectification?.findings ?? [],
            dueOn: rectification?.dueOn ?? null,
            outcomeLabel: rectification?.outcomeLabel ?? null,
          }
        : null,
  };
}

/** A findings-only follow-up re-answers the listed findings only; everything else stays as the accepted inspection had it. */
export function assertFollowUpMayChange(db: Database, inspectionId: number, key: string): void {
  const link = inspectionRound(db, inspectionId);
  if (link?.purpose !== 'followUp' || link.scope !== 'findings') return;
  const rectification = getRectification(db, link.rectificationUid);
  if (rectification && !followUpEditableKeys(rectification).has(key)) throw new AppError('FOLLOW_UP_ITEM_OUTSIDE_FINDINGS', { key });
}
