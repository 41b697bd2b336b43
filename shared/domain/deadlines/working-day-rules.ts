import { addDays, compareDates, type IsoDate } from './plain-date';
import { addWorkingDays, countWorkingDaysInclusive, uncoveredYears, type WorkingCalendar } from './working-calendar';

export const REQUIRED_WORKING_DAYS = 5;

export interface WorkingDayCheck {
  ok: boolean;
  rule: 'R-DL-08' | 'R-DL-09';
  /** Working days counted as the rule defines them. */
  counted: number;
  required: number;
  /** R-DL-08: earliest allowed last day of publicity; R-DL-09: latest allowed filing date. */
  limitDate: IsoDate;
  message: string;
  /** Years outside the holiday list: only weekends were known there, so the count may be off. */
  uncoveredYears: number[];
}

function coverageNote(years: number[]): string {
  return years.length === 0 ? '' : `（注意：节假日表未包含 ${years.join('、')} 年，仅按周末计算）`;
}

/**
 * R-DL-08 “公示时间不少于5个工作日” (001 §五(四)), “对认定结果进行不少于5个工作日公示” (002 §四(三)).
 * Counting: the first and the last day of publicity are both counted when they are working days,
 * i.e. working days in [start, end] must be at least 5.
 */
export function checkPublicity(start: IsoDate, end: IsoDate, calendar: WorkingCalendar): WorkingDayCheck {
  const required = REQUIRED_WORKING_DAYS;
  const counted = compareDates(end, start) < 0 ? 0 : countWorkingDaysInclusive(start, end, calendar);
  // The 5th working day counting `start` itself: step back one day, then 5 working days forward.
  const limitDate = addWorkingDays(addDays(start, -1), required, calendar);
  const years = uncoveredYears(calendar, start, end);
  const ok = counted >= required;
  const message = ok
    ? `公示期 ${start} 至 ${end} 共 ${counted} 个工作日，满足不少于${required}个工作日的要求。`
    : compareDates(end, start) < 0
      ? `公示结束日期 ${end} 早于开始日期 ${start}。`
      : `公示期 ${start} 至 ${end} 仅 ${counted} 个工作日，不足${required}个工作日；最早应至 ${limitDate} 结束。`;
  return { ok, rule: 'R-DL-08', counted, required, limitDate, message: message + coverageNote(years), uncoveredYears: years };
}

/**
 * R-DL-09 “制定的考核计划须提前5个工作日报省、市职业技能鉴定（指导）中心” (002 §四(一)).
 * Counting: the exam day is not counted; the filing day is counted when it is a working day.
 * The latest filing date is therefore the 5th working day before the exam day, and a plan is in time
 * when it was filed on or before that date (working days in [filed, exam) at least 5).
 */
export function checkPlanFiledInTime(planFiled: IsoDate, examDate: IsoDate, calendar: WorkingCalendar): WorkingDayCheck {
  const required = REQUIRED_WORKING_DAYS;
  const limitDate = addWorkingDays(examDate, -required, calendar);
  const counted = compareDates(planFiled, examDate) >= 0 ? 0 : countWorkingDaysInclusive(planFiled, addDays(examDate, -1), calendar);
  const years = uncoveredYears(calendar, planFiled, examDate);
  const ok = compareDates(planFiled, limitDate) <= 0;
  const message = ok
    ? `考核计划于 ${planFiled} 报送，考试日 ${examDate}，已提前 ${counted} 个工作日（要求不少于${required}个，最迟 ${limitDate}）。`
    : `考核计划于 ${planFiled} 报送，考试日 ${examDate}，仅提前 ${counted} 个工作日，未达到提前${required}个工作日的要求（最迟应于 ${limitDate} 报送）。`;
  return { ok, rule: 'R-DL-09', counted, required, limitDate, message: message + coverageNote(years), uncoveredYears: years };
}
