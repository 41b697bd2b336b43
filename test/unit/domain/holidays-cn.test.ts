import { describe, expect, it } from 'vitest';
import { HOLIDAYS_CN } from '../../../shared/domain/deadlines/holidays-cn';
import { createWorkingCalendar, isWorkingDay } from '../../../shared/domain/deadlines';

const calendar = createWorkingCalendar(HOLIDAYS_CN);

describe('official holiday data 2020–2026', () => {
  it('is sorted and unique, and every covered year has entries', () => {
    const holidays = [...HOLIDAYS_CN.holidays];
    expect(holidays).toEqual([...new Set(holidays)].sort());
    for (const year of HOLIDAYS_CN.coveredYears ?? []) {
      expect(
        holidays.some((d) => d.startsWith(`${year}-`)),
        String(year),
      ).toBe(true);
    }
  });

  it.each([
    ['2020-01-31', false, '2020 春节 extended (国办发明电〔2020〕1号)'],
    ['2020-02-03', true, 'first working day after the extended 2020 春节'],
    ['2020-01-19', true, '2020 make-up Sunday'],
    ['2021-02-07', true, '2021 make-up Sunday before 春节'],
    ['2021-09-20', false, '2021 中秋'],
    ['2022-04-02', true, '2022 清明 make-up Saturday'],
    ['2022-10-08', true, '2022 国庆 make-up Saturday'],
    ['2022-06-03', false, '2022 端午'],
    ['2023-06-25', true, '2023 端午 make-up Sunday'],
  ])('R-DL-08 %s working day = %s (%s)', (day, working) => {
    expect(isWorkingDay(day, calendar)).toBe(working);
  });
});
