import { HOLIDAYS_CN } from '../../shared/domain/deadlines';
import type { calendarChannels } from '../../shared/ipc/channels/calendar';
import type { HandlersFor } from './types';

// First cut: the built-in list. The office's imported calendar and the one a pack brought replace it.
export const calendarHandlers: HandlersFor<typeof calendarChannels> = {
  'calendar:current': () => HOLIDAYS_CN,
};
