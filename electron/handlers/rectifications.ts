import type { rectificationChannels } from '../../shared/ipc/channels/rectifications';
import type { HandlersFor } from './types';

const pending = (): never => {
  throw new Error('issue 15: rectification handlers are being built');
};

// rectifications:notice and rectifications:openFile are in ./rectification-files (a table of their own in ./index).
export const rectificationHandlers: HandlersFor<Omit<typeof rectificationChannels, 'rectifications:notice' | 'rectifications:openFile'>> = {
  'rectifications:list': pending,
  'rectifications:get': pending,
  'rectifications:open': pending,
  'rectifications:respond': pending,
  'rectifications:decide': pending,
};
