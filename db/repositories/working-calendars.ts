import type { Database } from '../engine';
import { statement } from '../sql';

/** A holiday list (法定节假日 / 调休上班) as stored: built in, imported at the office or received in a pack. */
export interface WorkingCalendarRecord {
  hash: string;
  version: string;
  calendarJson: string;
  origin: 'builtin' | 'imported' | 'received';
  addedAt: string;
}

interface WorkingCalendarRow {
  hash: string;
  version: string;
  calendar_json: string;
  origin: WorkingCalendarRecord['origin'];
  added_at: string;
}

const fromRow = (row: WorkingCalendarRow): WorkingCalendarRecord => ({
  hash: row.hash,
  version: row.version,
  calendarJson: row.calendar_json,
  origin: row.origin,
  addedAt: row.added_at,
});

/** Stores a calendar unless its version is already there; returns what the store holds under that version. */
export function insertWorkingCalendar(db: Database, record: WorkingCalendarRecord): WorkingCalendarRecord {
  statement(
    db,
    `INSERT INTO working_calendars (hash, version, calendar_json, origin, added_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  ).run(record.hash, record.version, record.calendarJson, record.origin, record.addedAt);
  const row = statement<WorkingCalendarRow>(db, 'SELECT * FROM working_calendars WHERE version = ?').get(record.version);
  return row ? fromRow(row) : record;
}

/** The calendar in use: the one added last. */
export function latestWorkingCalendar(db: Database): WorkingCalendarRecord | null {
  const row = statement<WorkingCalendarRow>(db, 'SELECT * FROM working_calendars ORDER BY added_at DESC, hash DESC LIMIT 1').get();
  return row ? fromRow(row) : null;
}

export function listWorkingCalendars(db: Database): WorkingCalendarRecord[] {
  return statement<WorkingCalendarRow>(db, 'SELECT * FROM working_calendars ORDER BY added_at, version').all().map(fromRow);
}
