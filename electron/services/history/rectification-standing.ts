import type { Database } from 'better-sqlite3';
import { inspectionsOfRectification } from '../../../db/repositories/inspection-rounds';
import { listResponses, type DecisionRecord, type RectificationRecord } from '../../../db/repositories/rectifications';
import { statement } from '../../../db/sql';
import type { RectificationStage, RectificationWatch } from '../../../shared/domain/rectification/types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Stand-in for DUE_SOON_WORKING_DAYS (10 working days ≈ two calendar weeks) until the calendar-aware watch is merged. */
const DUE_SOON_CALENDAR_DAYS = 14;

/**
 * Where a rectification stands for the history view.
 * TODO(lead, issue 15): replace with shared/domain/rectification stage.ts / watch.ts (helper rect) once merged —
 * this local version counts calendar days, not the office calendar's working days.
 */
export function rectificationStanding(
  db: Database,
  rectification: RectificationRecord,
  decision: DecisionRecord | null,
  onDate: string,
): { stage: RectificationStage; watch: RectificationWatch } {
  const responses = listResponses(db, rectification.uid);
  const followUps = inspectionsOfRectification(db, rectification.uid);
  const assigned = statement<{ n: number }>(db, 'SELECT count(*) AS n FROM sync_assignments WHERE rectification_uid = ?').get(rectification.uid);
  const stage: RectificationStage = decision
    ? 'decided'
    : followUps.length > 0
      ? 'rechecked'
      : (assigned?.n ?? 0) > 0
        ? 'followUpAssigned'
        : responses.length > 0
          ? 'responded'
          : 'open';
  if (decision) return { stage, watch: 'none' };
  const respondedInTime = responses.some((r) => r.receivedOn <= rectification.dueOn);
  const daysLeft = Math.round((Date.parse(rectification.dueOn) - Date.parse(onDate)) / DAY_MS);
  const watch: RectificationWatch =
    daysLeft < 0 ? (respondedInTime ? 'inProgress' : 'overdue') : daysLeft <= DUE_SOON_CALENDAR_DAYS ? 'dueSoon' : 'inProgress';
  return { stage, watch };
}
