import type { roundPlanChannels } from '../../shared/ipc/channels/round-plans';
import { createRoundPlan } from '../services/round-plans/create-round-plan';
import { drawRoundPlan } from '../services/round-plans/draw-round-plan';
import { getRoundPlanView, listRoundPlanSummaries } from '../services/round-plans/round-plan-view';
import { setRoundRules } from '../services/round-plans/set-round-rules';
import { verifyStoredRound } from '../services/round-plans/verify-round-plan';
import { currentActor } from './actor';
import type { HandlersFor } from './types';

// Reads work on any store that holds plans; every write is the office's (the services refuse a laptop's store).
// roundPlans:publish is in ./round-publish; roundPlans:packs and roundPlans:exportPack in ./round-packs.
export const roundPlanHandlers: HandlersFor<Omit<typeof roundPlanChannels, 'roundPlans:publish' | 'roundPlans:packs' | 'roundPlans:exportPack'>> = {
  'roundPlans:list': (ctx) => listRoundPlanSummaries(ctx.db),
  'roundPlans:create': (ctx, { name, year, rules, seed, seedNote }) => {
    const plan = createRoundPlan(ctx.db, {
      name,
      year,
      ...(rules === undefined ? {} : { rules }),
      ...(seed === undefined ? {} : { seed }),
      ...(seedNote === undefined ? {} : { seedNote }),
      actor: currentActor(ctx),
      now: ctx.now(),
    });
    return getRoundPlanView(ctx.db, plan.roundUid);
  },
  'roundPlans:get': (ctx, { roundUid }) => getRoundPlanView(ctx.db, roundUid),
  'roundPlans:setRules': (ctx, { roundUid, rules }) => {
    setRoundRules(ctx.db, { roundUid, rules, now: ctx.now() });
    return getRoundPlanView(ctx.db, roundUid);
  },
  'roundPlans:draw': (ctx, { roundUid }) => {
    drawRoundPlan(ctx.db, { roundUid, actor: currentActor(ctx), now: ctx.now() });
    return getRoundPlanView(ctx.db, roundUid);
  },
  'roundPlans:verify': (ctx, { roundUid }) => verifyStoredRound(ctx.db, roundUid),
};
