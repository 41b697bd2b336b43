import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../electron/services/import/parse-file';
import { makeTempDir } from '../../support/temp';
import { wordedRowErrors } from '../../support/row-reasons';

// A USCC or a date that Excel kept as a number (a "General" or number cell, or a CSV saved from one) gets the same kind
// of hint the ID number already had, not a check-digit or "unrecognised date" error (issue 19, point 14f).
const temp = makeTempDir();
afterAll(() => temp.cleanup());

const header = ['评价机构名称', '统一社会信用代码', '机构类别', '机构备案号', '备案年度', '有效期起'];
const good = ['阳泉市鑫达职业培训学校', '9114030000000009NP', '社会培训评价组织', 'C-001', '2020年', '2020-09-01'];

function csv(name: string, rows: string[][]): string {
  const path = resolve(temp.dir, name);
  writeFileSync(path, [header, ...rows].map((row) => row.join(',')).join('\n'), 'utf8');
  return path;
}

describe('number-cell hints for USCC and dates', () => {
  it('CSV: a USCC in scientific notation and a date as a day number', async () => {
    const uscc = [...good];
    uscc[1] = '9.11403E+17';
    const date = [...good];
    date[3] = 'C-002';
    date[5] = '44197';
    const parsed = await parseImportFile('institutions', csv('numbers.csv', [uscc, date]));
    expect(parsed.errors.map((e) => [e.row, e.column, e.reason.code])).toEqual([
      [2, '统一社会信用代码', 'ROW_USCC_STORED_AS_NUMBER'],
      [3, '有效期起', 'ROW_DATE_STORED_AS_NUMBER'],
    ]);
    const worded = wordedRowErrors(parsed.errors);
    expect(worded[0]?.reason).toContain('存成了数字');
    expect(worded[1]?.reason).toContain('2021-01-01');
  });

  it('xlsx: an all-digit USCC in a number cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('机构');
    sheet.addRow(header);
    sheet.addRow([good[0], 911403000000000000, good[2], good[3], good[4], good[5]]);
    const path = resolve(temp.dir, 'numbers.xlsx');
    await workbook.xlsx.writeFile(path);
    const parsed = await parseImportFile('institutions', path);
    expect(parsed.errors.map((e) => e.reason)).toEqual([{ code: 'ROW_USCC_STORED_AS_NUMBER' }]);
  });
});
