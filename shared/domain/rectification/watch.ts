import { compareDates, workingDaysBetween, type IsoDate, type WorkingCalendar } from '../deadlines';
import { DUE_SOON_WORKING_DAYS, type RectificationWatch } from './types';

export interface WatchInput {
  dueOn: IsoDate;
  /** When each response was received (only those on or before the day asked about count). */
  responses: readonly { receivedOn: IsoDate }[];
  decision: { decidedOn: IsoDate } | null;
}

export interface WatchState {
  watch: RectificationWatch;
  /** Working days from `today` to the deadline, the deadline counted; negative once past it. */
  workingDaysLeft: number;
}

/**
 * The deadline watch on `today` (R-YQ-06: 限期2个月内完成整改): nothing once decided; overdue past the deadline with no
 * response received by it; due soon within DUE_SOON_WORKING_DAYS working days when nothing has come in yet; else in
 * progress (an answer on time waits for the office, not for the institution).
 */
export function rectificationWatch(input: WatchInput, today: IsoDate, calendar: WorkingCalendar): WatchState {
  const workingDaysLeft = workingDaysBetween(today, input.dueOn, calendar);
  const known = (day: IsoDate) => compareDates(day, today) <= 0;
  if (input.decision && known(input.decision.decidedOn)) return { watch: 'none', workingDaysLeft };
  const answered = input.responses.filter((response) => known(response.receivedOn));
  const onTime = answered.some((response) => compareDates(response.receivedOn, input.dueOn) <= 0);
  if (compareDates(today, input.dueOn) > 0) return { watch: onTime ? 'inProgress' : 'overdue', workingDaysLeft };
  if (answered.length === 0 && workingDaysLeft <= DUE_SOON_WORKING_DAYS) return { watch: 'dueSoon', workingDaysLeft };
  return { watch: 'inProgress', workingDaysLeft };
}

/** For ordering and the monotonicity property: none < inProgress < dueSoon < overdue. */
export const watchRank = (watch: RectificationWatch): number => ['none', 'inProgress', 'dueSoon', 'overdue'].indexOf(watch);

/** The badge beside the filing status (zh): 整改中 while it runs, 整改逾期 once overdue; none when decided. */
export function rectificationBadge(watch: RectificationWatch): '整改中' | '整改逾期' | null {
  if (watch === 'overdue') return '整改逾期';
  return watch === 'none' ? null : '整改中';
}
