import type { calendarChannels } from '../../shared/ipc/channels/calendar';
import { currentCalendarData } from '../services/calendar/stored-calendar';
import type { HandlersFor } from './types';

// The calendar stored last (imported at the office, or brought by the newest pack); the built-in list until then.
export const calendarHandlers: HandlersFor<typeof calendarChannels> = {
  'calendar:current': (ctx) => currentCalendarData(ctx.db),
};
