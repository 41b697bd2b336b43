import type { Database } from '../../../db/engine';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { getRoundDraw, type StoredRoundDraw } from '../../../db/repositories/round-draws';
import { getRoundPlan, type RoundPlanRecord } from '../../../db/repositories/round-plans';
import type { AssessmentRound } from '../../../shared/domain/rounds/types';
import { AppError } from '../../../shared/errors';

export interface PlannedRound {
  round: AssessmentRound;
  plan: RoundPlanRecord;
  draw: StoredRoundDraw | null;
}

/** A round with its plan and (once drawn) its draw; ROUND_PLAN_NOT_FOUND when the round has no plan here. */
export function plannedRound(db: Database, roundUid: string): PlannedRound {
  const round = getRound(db, roundUid);
  const plan = round ? getRoundPlan(db, roundUid) : null;
  if (!round || !plan) throw new AppError('ROUND_PLAN_NOT_FOUND', { uid: roundUid });
  return { round, plan, draw: getRoundDraw(db, roundUid) };
}

/** The drawn round, or ROUND_NOT_DRAWN naming it. */
export function drawnRound(db: Database, roundUid: string): PlannedRound & { draw: StoredRoundDraw } {
  const planned = plannedRound(db, roundUid);
  if (!planned.draw) throw new AppError('ROUND_NOT_DRAWN', { name: planned.round.name });
  return { ...planned, draw: planned.draw };
}
