import type { Rectification } from '../templates/types';
import { addMonths, type IsoDate } from './plain-date';
import { addWorkingDays, type WorkingCalendar } from './working-calendar';

/**
 * R-YQ-06: the last day to rectify, counted from the inspection day by the deciding outcome rule's rectification
 * (whole months, a day past the month's end falling back to its last day; or working days in the calendar).
 * Null when the outcome orders no rectification.
 */
export function rectificationDeadline(rectification: Rectification | null, inspectionDate: IsoDate, calendar: WorkingCalendar): IsoDate | null {
  if (!rectification) return null;
  return rectification.unit === 'months'
    ? addMonths(inspectionDate, rectification.count)
    : addWorkingDays(inspectionDate, rectification.count, calendar);
}
