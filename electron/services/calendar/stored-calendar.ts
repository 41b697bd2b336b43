import { createHash } from 'node:crypto';
import type { Database } from '../../../db/engine';
import canonicalize from 'canonicalize';
import { insertWorkingCalendar, latestWorkingCalendar, type WorkingCalendarRecord } from '../../../db/repositories/working-calendars';
import {
  createWorkingCalendar,
  HOLIDAYS_CN,
  holidayCalendarSchema,
  type HolidayCalendarData,
  type WorkingCalendar,
} from '../../../shared/domain/deadlines';

/** A validated holiday list in its one canonical form (sorted dates and years), and its SHA-256. */
export interface CanonicalCalendar {
  data: HolidayCalendarData;
  json: string;
  hash: string;
}

/** Throws the ZodError of holidayCalendarSchema when the data is not a holiday list. */
export function canonicalCalendar(input: unknown): CanonicalCalendar {
  const parsed = holidayCalendarSchema.parse(input);
  const data: HolidayCalendarData = {
    version: parsed.version,
    coveredYears: [...new Set(parsed.coveredYears)].sort((a, b) => a - b),
    holidays: [...new Set(parsed.holidays)].sort(),
    makeupWorkdays: [...new Set(parsed.makeupWorkdays)].sort(),
  };
  const json = canonicalize(data) ?? '';
  return { data, json, hash: createHash('sha256').update(json, 'utf8').digest('hex') };
}

/**
 * Stores a calendar. Returns the stored record, or null when another content already holds that version (a
 * changed list needs a new version name, so a deadline computed earlier can always be traced to its list).
 */
export function storeCalendar(
  db: Database,
  calendar: CanonicalCalendar,
  origin: WorkingCalendarRecord['origin'],
  at: string,
): WorkingCalendarRecord | null {
  const stored = insertWorkingCalendar(db, { hash: calendar.hash, version: calendar.data.version, calendarJson: calendar.json, origin, addedAt: at });
  return stored.hash === calendar.hash ? stored : null;
}

/** The holiday list in use here: the one stored last (imported at the office, or brought by the newest pack), else the built-in list. */
export function currentCalendarData(db: Database): HolidayCalendarData {
  const latest = latestWorkingCalendar(db);
  return latest ? (JSON.parse(latest.calendarJson) as HolidayCalendarData) : HOLIDAYS_CN;
}

export function currentWorkingCalendar(db: Database): WorkingCalendar {
  return createWorkingCalendar(currentCalendarData(db));
}
