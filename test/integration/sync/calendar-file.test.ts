import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCalendarFile } from '../../../electron/services/calendar/read-calendar-file';
import { makeTempDir } from '../../support/temp';

// The XLSX form of a holiday list (docs/calendar.md); the dates are invented 2027 test data, not an official notice.
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('calendar-');
});
afterEach(() => temp.cleanup());

async function workbook(rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('节假日');
  for (const row of rows) sheet.addRow(row);
  const path = temp.file('calendar.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

describe('calendar XLSX', () => {
  it('reads the 版本 row and 日期 / 类型 rows, Excel date cells included', async () => {
    const path = await workbook([
      ['版本', 'TEST-ONLY-2027.xlsx'],
      ['日期', '类型', '说明'],
      [new Date(Date.UTC(2027, 9, 1)), '休', '国庆（测试数据）'],
      ['2027-10-09', '班'],
    ]);
    expect(await readCalendarFile(path)).toEqual({
      version: 'TEST-ONLY-2027.xlsx',
      coveredYears: [2027],
      holidays: ['2027-10-01'],
      makeupWorkdays: ['2027-10-09'],
    });
  });

  it('names the sheet and row of a bad date, a duplicate and a missing version', async () => {
    await expect(
      readCalendarFile(
        await workbook([
          ['版本', 'v'],
          ['日期', '类型'],
          ['2027-02-30', '休'],
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'CALENDAR_ROW_DATE',
      params: { sheet: '节假日', row: 3, value: '2027-02-30' },
    });
    await expect(
      readCalendarFile(
        await workbook([
          ['版本', 'v'],
          ['日期', '类型'],
          ['2027-10-01', '休'],
          ['2027-10-01', '班'],
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'CALENDAR_ROW_DUPLICATE',
      params: { sheet: '节假日', row: 4 },
    });
    await expect(
      readCalendarFile(
        await workbook([
          ['日期', '类型'],
          ['2027-10-01', '休'],
        ]),
      ),
    ).rejects.toMatchObject({ code: 'CALENDAR_VERSION_MISSING' });
  });
});
