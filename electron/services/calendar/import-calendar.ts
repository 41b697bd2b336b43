import type { Database } from '../../../db/engine';
import type { WorkingCalendarRecord } from '../../../db/repositories/working-calendars';
import { inTransaction } from '../../../db/sql';
import type { HolidayCalendarData } from '../../../shared/domain/deadlines';
import { AppError } from '../../../shared/errors';
import { canonicalCalendar, currentCalendarData, storeCalendar } from './stored-calendar';

/**
 * The imported years replace those years of the calendar in use; the other years stay. So an office that imports
 * only next year's notice keeps every earlier year, and the stored calendar is always complete by itself.
 */
export function mergeCalendar(current: HolidayCalendarData, imported: HolidayCalendarData): HolidayCalendarData {
  const years = new Set(imported.coveredYears ?? []);
  const outside = (date: string) => !years.has(Number(date.slice(0, 4)));
  return {
    version: imported.version,
    coveredYears: [...new Set([...(current.coveredYears ?? []), ...years])],
    holidays: [...current.holidays.filter(outside), ...imported.holidays],
    makeupWorkdays: [...current.makeupWorkdays.filter(outside), ...imported.makeupWorkdays],
  };
}

/** `calendar import`: stores the merged list as origin 'imported'; it becomes the calendar in use and goes out in every pack. */
export function importCalendar(db: Database, imported: HolidayCalendarData, now: Date): WorkingCalendarRecord {
  return inTransaction(db, () => {
    const calendar = canonicalCalendar(mergeCalendar(currentCalendarData(db), imported));
    const stored = storeCalendar(db, calendar, 'imported', now.toISOString());
    if (!stored) throw new AppError('CALENDAR_VERSION_TAKEN', { version: imported.version });
    return stored;
  });
}
