import type { roundPlanChannels } from '../../shared/ipc/channels/round-plans';
import type { HandlersFor } from './types';

const notYet = (): never => {
  throw new Error('round packs: not implemented yet');
};

export const roundPackHandlers: HandlersFor<Pick<typeof roundPlanChannels, 'roundPlans:packs' | 'roundPlans:exportPack'>> = {
  'roundPlans:packs': notYet,
  'roundPlans:exportPack': notYet,
};
