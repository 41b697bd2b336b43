import { latestWorkingCalendar, listWorkingCalendars, type WorkingCalendarRecord } from '../../db/repositories/working-calendars';
import type { HolidayCalendarData } from '../../shared/domain/deadlines';
import type { CalendarSummary, templateImportChannels } from '../../shared/ipc/channels/template-import';
import { importCalendar } from '../services/calendar/import-calendar';
import { readCalendarFile } from '../services/calendar/read-calendar-file';
import { importFormFile } from '../services/sync/office/import-form-file';
import { requireRole } from '../services/sync/role';
import { requireGranted } from './granted-paths';
import type { HandlersFor } from './types';

const summaryOf = (record: WorkingCalendarRecord, inUse: string | null): CalendarSummary => {
  const data = JSON.parse(record.calendarJson) as HolidayCalendarData;
  return {
    version: record.version,
    hash: record.hash,
    origin: record.origin,
    addedAt: record.addedAt,
    coveredYears: data.coveredYears ?? [],
    holidays: data.holidays.length,
    makeupWorkdays: data.makeupWorkdays.length,
    inUse: record.hash === inUse,
  };
};

// The office's 评估表 tab. The path must be the open dialog's choice this run; only the office hands out forms and
// calendars (a laptop takes them from packs).
export const templateImportHandlers: HandlersFor<typeof templateImportChannels> = {
  'templates:import': async (ctx, { path }) => {
    requireRole(ctx.db, 'office');
    return importFormFile(ctx.db, requireGranted(ctx, 'read', path), ctx.now());
  },
  'calendar:import': async (ctx, { path }) => {
    requireRole(ctx.db, 'office');
    const data = await readCalendarFile(requireGranted(ctx, 'read', path));
    const stored = importCalendar(ctx.db, data, ctx.now());
    return summaryOf(stored, stored.hash);
  },
  'calendar:list': (ctx) => {
    const inUse = latestWorkingCalendar(ctx.db)?.hash ?? null;
    return listWorkingCalendars(ctx.db).map((r) => summaryOf(r, inUse));
  },
};
