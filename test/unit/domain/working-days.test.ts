import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  checkPlanFiledInTime,
  checkPublicity,
  compareDates,
  countWorkingDaysInclusive,
  createWorkingCalendar,
  fromDayNumber,
  HOLIDAYS_CN,
  isoWeekday,
  isWorkingDay,
  parseIsoDate,
  toDayNumber,
  workingDaysBetween,
} from '../../../shared/domain/deadlines';

const calendar = createWorkingCalendar(HOLIDAYS_CN);
const dateArb = fc.integer({ min: toDayNumber('2022-06-01'), max: toDayNumber('2027-06-30') }).map(fromDayNumber);

describe('plain dates', () => {
  it('R-DL-01 month arithmetic clamps to the end of the month', () => {
    expect(addMonths('2023-08-31', 3)).toBe('2023-11-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', -3)).toBe('2023-08-30');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });

  it('R-DL-01 day numbers round-trip and agree with the UTC calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 800_000 }), (day) => {
        const iso = fromDayNumber(day);
        expect(toDayNumber(iso)).toBe(day);
        if (day > -700_000) expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
    expect(isoWeekday('2023-08-31')).toBe(4);
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });
});

describe('working days (China 2023–2026)', () => {
  it('R-DL-08 holidays are days off and make-up Saturdays/Sundays are working days', () => {
    expect(isWorkingDay('2024-10-01', calendar)).toBe(false);
    expect(isWorkingDay('2024-10-12', calendar)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2024-10-13', calendar)).toBe(false); // plain Sunday
    expect(isWorkingDay('2025-01-26', calendar)).toBe(true); // Sunday before 春节
    expect(isWorkingDay('2026-02-23', calendar)).toBe(false); // 正月初七, Monday
    expect(isWorkingDay('2023-06-21', calendar)).toBe(true);
  });

  it('R-DL-08 every make-up workday of the data falls on a weekend and no holiday list entry is a make-up day', () => {
    for (const day of HOLIDAYS_CN.makeupWorkdays) expect(isoWeekday(day)).toBeGreaterThanOrEqual(6);
    expect(calendar.coveredYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('R-DL-08 the holiday data is validated: bad dates and conflicts are refused with the field named', () => {
    expect(() => createWorkingCalendar({ version: 'x', holidays: ['2024-13-01'], makeupWorkdays: [] })).toThrow(/holidays/);
    expect(() => createWorkingCalendar({ version: 'x', holidays: ['2024-10-01'], makeupWorkdays: ['2024-10-01'] })).toThrow(/同时列为/);
  });

  it('R-DL-08 property: addWorkingDays then workingDaysBetween gives back n, and lands on a working day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (date, n) => {
        const target = addWorkingDays(date, n, calendar);
        expect(workingDaysBetween(date, target, calendar)).toBe(n);
        if (n !== 0) expect(isWorkingDay(target, calendar)).toBe(true);
      }),
    );
  });

  it('R-DL-09 property: going back n working days leaves exactly n working days in [target, date)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const target = addWorkingDays(date, -n, calendar);
        expect(isWorkingDay(target, calendar)).toBe(true);
        expect(countWorkingDaysInclusive(target, addDays(date, -1), calendar)).toBe(n);
        expect(addWorkingDays(target, n, calendar) === date || !isWorkingDay(date, calendar)).toBe(true);
      }),
    );
  });

  it('R-DL-08 property: counting is additive and consistent with the half-open definition', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        expect(workingDaysBetween(a, b, calendar) + workingDaysBetween(b, c, calendar)).toBe(workingDaysBetween(a, c, calendar));
        if (compareDates(a, b) <= 0) {
          expect(countWorkingDaysInclusive(a, b, calendar)).toBe(workingDaysBetween(addDays(a, -1), b, calendar));
        }
      }),
    );
  });

  it('R-DL-08 the National Day week 2024 has 5 working days between 2024-09-28 and 2024-10-12 inclusive … exactly', () => {
    // 09-29 (Sun, make-up), 09-30 (Mon), 10-08 … 10-11 (Tue–Fri), 10-12 (Sat, make-up)
    expect(countWorkingDaysInclusive('2024-09-28', '2024-10-12', calendar)).toBe(7);
    expect(addWorkingDays('2024-09-30', 1, calendar)).toBe('2024-10-08');
  });
});

describe('R-DL-08 publicity of at least 5 working days', () => {
  it('R-DL-08 five working days, first and last day both counted, passes', () => {
    const check = checkPublicity('2023-06-05', '2023-06-09', calendar); // Monday to Friday
    expect(check).toMatchObject({ ok: true, counted: 5, required: 5, limitDate: '2023-06-09' });
  });

  it('R-DL-08 four working days fails and says when it may end', () => {
    const check = checkPublicity('2023-06-05', '2023-06-08', calendar);
    expect(check.ok).toBe(false);
    expect(check.counted).toBe(4);
    expect(check.message).toContain('不足5个工作日');
    expect(check.limitDate).toBe('2023-06-09');
  });

  it('R-DL-08 holidays do not count: publicity over the Dragon Boat Festival 2023 needs longer', () => {
    // 06-22..06-24 holiday, 06-25 (Sunday) is a make-up workday.
    const check = checkPublicity('2023-06-20', '2023-06-26', calendar);
    expect(check.counted).toBe(4); // 20, 21, 25, 26
    expect(check.ok).toBe(false);
    expect(check.limitDate).toBe('2023-06-27');
  });

  it('R-DL-08 a publicity starting on a weekend counts from the next working day; inverted ranges fail', () => {
    expect(checkPublicity('2023-06-03', '2023-06-09', calendar)).toMatchObject({ ok: true, counted: 5, limitDate: '2023-06-09' });
    expect(checkPublicity('2023-06-09', '2023-06-05', calendar)).toMatchObject({ ok: false, counted: 0 });
  });

  it('R-DL-08 outside the holiday list the result is flagged', () => {
    const check = checkPublicity('2030-06-03', '2030-06-07', calendar);
    expect(check.uncoveredYears).toEqual([2030]);
    expect(check.message).toContain('未包含 2030 年');
  });
});

describe('R-DL-09 plan filed at least 5 working days before the exam', () => {
  it('R-DL-09 filed on the 5th working day before the exam is in time; a day later is late', () => {
    // Exam Monday 2023-06-19; the 5 working days before: 12, 13, 14, 15, 16 June.
    expect(checkPlanFiledInTime('2023-06-12', '2023-06-19', calendar)).toMatchObject({ ok: true, counted: 5, limitDate: '2023-06-12' });
    const late = checkPlanFiledInTime('2023-06-13', '2023-06-19', calendar);
    expect(late).toMatchObject({ ok: false, counted: 4, limitDate: '2023-06-12' });
    expect(late.message).toContain('最迟应于 2023-06-12 报送');
  });

  it('R-DL-09 holidays before the exam push the latest filing day back', () => {
    // Exam 2024-10-09 (Wed): working days before it are 10-08, 09-30, 09-29 (Sun, make-up), 09-27, 09-26.
    expect(checkPlanFiledInTime('2024-09-26', '2024-10-09', calendar)).toMatchObject({ ok: true, limitDate: '2024-09-26' });
    expect(checkPlanFiledInTime('2024-09-27', '2024-10-09', calendar).ok).toBe(false);
  });

  it('R-DL-09 a plan filed on or after the exam day is late', () => {
    expect(checkPlanFiledInTime('2023-06-19', '2023-06-19', calendar)).toMatchObject({ ok: false, counted: 0 });
    expect(checkPlanFiledInTime('2023-06-20', '2023-06-19', calendar).ok).toBe(false);
  });

  it('R-DL-09 property: in time exactly when at least 5 working days lie in [filed, exam)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 30 }), (exam, back) => {
        const filed = addDays(exam, -back);
        const check = checkPlanFiledInTime(filed, exam, calendar);
        expect(check.ok).toBe(check.counted >= 5);
      }),
    );
  });
});
