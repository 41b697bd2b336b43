import type { roundPlanChannels } from '../../shared/ipc/channels/round-plans';
import type { HandlersFor } from './types';

const notYet = (): never => {
  throw new Error('round plans: not implemented yet');
};

// roundPlans:publish is in ./round-publish; roundPlans:packs and roundPlans:exportPack in ./round-packs.
export const roundPlanHandlers: HandlersFor<Omit<typeof roundPlanChannels, 'roundPlans:publish' | 'roundPlans:packs' | 'roundPlans:exportPack'>> = {
  'roundPlans:list': notYet,
  'roundPlans:create': notYet,
  'roundPlans:get': notYet,
  'roundPlans:setRules': notYet,
  'roundPlans:draw': notYet,
  'roundPlans:verify': notYet,
};
