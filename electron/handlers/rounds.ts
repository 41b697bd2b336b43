import type { roundChannels } from '../../shared/ipc/channels/rounds';
import type { HandlersFor } from './types';

const pending = (): never => {
  throw new Error('issue 15: rounds handlers are being built');
};

export const roundHandlers: HandlersFor<Omit<typeof roundChannels, 'filings:history'>> = {
  'rounds:list': pending,
  'rounds:open': pending,
};
