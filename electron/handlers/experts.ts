import type { expertChannels } from '../../shared/ipc/channels/experts';
import type { HandlersFor } from './types';

const notYet = (): never => {
  throw new Error('experts: not implemented yet');
};

export const expertHandlers: HandlersFor<typeof expertChannels> = {
  'experts:list': notYet,
  'experts:save': notYet,
  'experts:setActive': notYet,
};
