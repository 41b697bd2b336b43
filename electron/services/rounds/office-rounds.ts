import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { ensureRound, listRounds } from '../../../db/repositories/assessment-rounds';
import { getOfficeKeys } from '../../../db/repositories/sync-office';
import { defaultRoundName, type AssessmentRound } from '../../../shared/domain/rounds/types';
import { syncError } from '../sync/format/sync-error';
import { requireRole } from '../sync/role';

/** `rounds open`: the office opens a campaign its pack assignments will name; the uid is random so stores never collide. */
export function openOfficeRound(db: Database, input: { name: string; year: number; now: Date }): AssessmentRound {
  requireRole(db, 'office');
  const keys = getOfficeKeys(db);
  if (!keys) throw syncError('SYNC_NOT_SET_UP', { reason: 'SYNC_REASON_SET_UP_OFFICE_FIRST' });
  return ensureRound(db, {
    uid: randomBytes(16).toString('hex'),
    name: input.name.trim(),
    year: input.year,
    origin: 'office',
    openedBy: keys.officeName,
    openedAt: input.now.toISOString(),
  });
}

/** The round a new assignment names when the office chose none: its newest own round, else one opened for this year. */
export function defaultOfficeRound(db: Database, now: Date): AssessmentRound {
  const own = listRounds(db).find((round) => round.origin === 'office');
  return own ?? openOfficeRound(db, { name: defaultRoundName(now.getFullYear()), year: now.getFullYear(), now });
}
