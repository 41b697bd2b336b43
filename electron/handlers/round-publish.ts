import type { roundPlanChannels } from '../../shared/ipc/channels/round-plans';
import type { HandlersFor } from './types';

const notYet = (): never => {
  throw new Error('round publish: not implemented yet');
};

export const roundPublishHandlers: HandlersFor<Pick<typeof roundPlanChannels, 'roundPlans:publish'>> = {
  'roundPlans:publish': notYet,
};
