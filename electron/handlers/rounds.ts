import type { roundChannels } from '../../shared/ipc/channels/rounds';
import type { HandlersFor } from './types';

const pending = (): never => {
  throw new Error('issue 15: rounds handlers are being built');
};

export const roundHandlers: HandlersFor<typeof roundChannels> = {
  'rounds:list': pending,
  'rounds:open': pending,
  'filings:history': pending,
};
