import type { institutionChannels } from '../../shared/ipc/channels/institutions';
import type { HandlersFor } from './types';

// The store issue replaces this with the institutions repository; until then the list is empty.
export const institutionHandlers: HandlersFor<typeof institutionChannels> = {
  'institutions:list': () => [],
};
