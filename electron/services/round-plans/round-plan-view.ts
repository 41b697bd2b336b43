import type { Database } from '../../../db/engine';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { getRoundDraw } from '../../../db/repositories/round-draws';
import { listRoundPlans } from '../../../db/repositories/round-plans';
import type { RoundPlanSummary, RoundPlanView } from '../../../shared/ipc/channels/round-plans';
import { plannedRound } from './plan-of-round';

/** A round's plan as the window and `round show` see it: the seed itself only once drawn (before, its hash). */
export function getRoundPlanView(db: Database, roundUid: string): RoundPlanView {
  const { round, plan, draw } = plannedRound(db, roundUid);
  return {
    round,
    rules: plan.rules,
    seedHash: plan.seedHash,
    seedSource: plan.seedSource,
    seedNote: plan.seedNote,
    seed: draw ? plan.seed : null,
    createdBy: plan.createdBy,
    createdAt: plan.createdAt,
    draw: draw ? draw.record : null,
  };
}

/** Every plan held here, newest first, with its draw's size (no seeds: the list is for choosing one). */
export function listRoundPlanSummaries(db: Database): RoundPlanSummary[] {
  return listRoundPlans(db).flatMap((plan) => {
    const round = getRound(db, plan.roundUid);
    if (!round) return [];
    const record = getRoundDraw(db, plan.roundUid)?.record ?? null;
    return [
      {
        round,
        seedHash: plan.seedHash,
        drawnAt: record?.drawnAt ?? null,
        selected: record ? record.selected.length : null,
        panels: record ? record.panels.length : null,
        shortPanels: record ? record.panels.filter((panel) => panel.shortfall !== null).length : null,
      },
    ];
  });
}
