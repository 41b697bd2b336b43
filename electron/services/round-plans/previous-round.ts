import type { Database } from '../../../db/engine';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { getRoundDraw } from '../../../db/repositories/round-draws';
import { getRoundPlan } from '../../../db/repositories/round-plans';
import type { RoundRules } from '../../../shared/domain/double-random/types';
import { AppError } from '../../../shared/errors';

/**
 * The previous round the rules name (回避 of who inspected what) must be another round planned and drawn here: its
 * stored draw is where previousRoundUsccs come from, and a round not yet drawn would silently avoid nobody.
 */
export function checkPreviousRound(db: Database, roundUid: string, rules: RoundRules): void {
  const previousUid = rules.panel.previousRoundUid;
  if (previousUid === null) return;
  if (previousUid === roundUid) throw new AppError('ROUND_PREVIOUS_IS_SELF');
  const round = getRound(db, previousUid);
  if (!round || !getRoundPlan(db, previousUid)) throw new AppError('ROUND_PREVIOUS_NOT_FOUND', { uid: previousUid });
  if (!getRoundDraw(db, previousUid)) throw new AppError('ROUND_PREVIOUS_NOT_DRAWN', { name: round.name });
}
