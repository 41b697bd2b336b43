import { z } from 'zod';
import { fromDayNumber, isIsoDate, isoWeekday, toDayNumber, type IsoDate } from './plain-date';

/**
 * Working days: Monday–Friday, minus public holidays, plus make-up workdays (调休上班).
 * The lists are data the office updates every year from the State Council notice (国务院办公厅关于…部分节假日安排的通知).
 */
const isoDateSchema = z.string().refine(isIsoDate, { message: '日期须为 YYYY-MM-DD 格式的有效日期' });

export const holidayCalendarSchema = z
  .object({
    version: z.string().min(1, '须填写版本'),
    /** Years whose lists are complete; outside them only weekends are known. */
    coveredYears: z.array(z.number().int().min(1900).max(2200)).default([]),
    holidays: z.array(isoDateSchema),
    makeupWorkdays: z.array(isoDateSchema),
  })
  .superRefine((calendar, ctx) => {
    const holidays = new Set(calendar.holidays);
    for (const [index, day] of calendar.makeupWorkdays.entries()) {
      if (holidays.has(day)) {
        ctx.addIssue({ code: 'custom', path: ['makeupWorkdays', index], message: `${day} 同时列为节假日和调休上班日` });
      }
    }
  });

export type HolidayCalendarData = z.input<typeof holidayCalendarSchema>;

/** A validated calendar with fast day-number lookups. */
export interface WorkingCalendar {
  readonly version: string;
  readonly coveredYears: readonly number[];
  readonly holidayDays: ReadonlySet<number>;
  readonly makeupDays: ReadonlySet<number>;
}

/** Validates the data (zod) and builds the lookup sets; throws a ZodError naming the bad field. */
export function createWorkingCalendar(data: unknown): WorkingCalendar {
  const parsed = holidayCalendarSchema.parse(data);
  return {
    version: parsed.version,
    coveredYears: [...parsed.coveredYears].sort((a, b) => a - b),
    holidayDays: new Set(parsed.holidays.map(toDayNumber)),
    makeupDays: new Set(parsed.makeupWorkdays.map(toDayNumber)),
  };
}

function isWorkingDayNumber(calendar: WorkingCalendar, dayNumber: number): boolean {
  if (calendar.makeupDays.has(dayNumber)) return true;
  if (calendar.holidayDays.has(dayNumber)) return false;
  const weekday = isoWeekday(fromDayNumber(dayNumber));
  return weekday <= 5;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date));
}

/**
 * The n-th working day after `date` (n > 0), or before it (n < 0); `date` itself is never counted.
 * n = 0 returns `date` unchanged. For n ≥ 0, workingDaysBetween(d, addWorkingDays(d, n)) = n; for n < 0 the result t
 * has exactly |n| working days in [t, d) (t itself and |n| − 1 before d).
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
  let day = toDayNumber(date);
  const step = n < 0 ? -1 : 1;
  for (let remaining = Math.abs(n); remaining > 0;) {
    day += step;
    if (isWorkingDayNumber(calendar, day)) remaining--;
  }
  return fromDayNumber(day);
}

/**
 * Working days in the half-open interval (from, to]: the start day is not counted, the end day is.
 * Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) {
    const backwards = workingDaysBetween(to, from, calendar);
    return backwards === 0 ? 0 : -backwards; // never -0
  }
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (isWorkingDayNumber(calendar, day)) count++;
  return count;
}

/** Working days in the closed interval [first, last], both ends counted; 0 when last is before first. */
export function countWorkingDaysInclusive(first: IsoDate, last: IsoDate, calendar: WorkingCalendar): number {
  const start = toDayNumber(first);
  const end = toDayNumber(last);
  let count = 0;
  for (let day = start; day <= end; day++) if (isWorkingDayNumber(calendar, day)) count++;
  return count;
}

/** Years (of the given dates) the calendar has no holiday list for: the answer may then be wrong. */
export function uncoveredYears(calendar: WorkingCalendar, ...dates: IsoDate[]): number[] {
  const years = new Set(dates.map((date) => Number(date.slice(0, 4))));
  return [...years].filter((year) => !calendar.coveredYears.includes(year)).sort((a, b) => a - b);
}
