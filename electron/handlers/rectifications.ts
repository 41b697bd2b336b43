import type { rectificationChannels } from '../../shared/ipc/channels/rectifications';
import type { HandlersFor } from './types';

const pending = (): never => {
  throw new Error('issue 15: rectification handlers are being built');
};

export const rectificationHandlers: HandlersFor<typeof rectificationChannels> = {
  'rectifications:list': pending,
  'rectifications:get': pending,
  'rectifications:open': pending,
  'rectifications:respond': pending,
  'rectifications:notice': pending,
  'rectifications:openFile': pending,
  'rectifications:decide': pending,
};
