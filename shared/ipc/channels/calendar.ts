import { z } from 'zod';
import type { HolidayCalendarData } from '../../domain/deadlines/working-calendar';
import { channel } from '../define';

export const calendarChannels = {
  'calendar:current': channel(z.object({}).strict(), '工作日历：本机使用的法定节假日和调休安排').reads<HolidayCalendarData>(),
};
