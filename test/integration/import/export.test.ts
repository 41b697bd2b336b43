import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertFiledOccupation } from '../../../db/repositories/filed-occupations';
import { dispatch } from '../../../electron/handlers/dispatch';
import { grantPath } from '../../../electron/handlers/granted-paths';
import { importFile } from '../../../electron/services/import/service';
import { statisticsForm } from '../../../shared/export/statistics-form';
import { SUBSIDY_NOT_RECORDED_NOTE } from '../../../shared/export/statistics-rows';
import { makeTestContext, type TestContext } from '../../support/context';
import { fixture } from './fixtures';
import { errorInfoText } from '../../../shared/errors';

let ctx: TestContext;
beforeEach(async () => {
  ctx = makeTestContext();
  await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
  await importFile(ctx, 'batches', fixture('batches.xlsx'));
  await importFile(ctx, 'candidates', fixture('candidates.xlsx'));
});
afterEach(() => ctx.cleanup());

async function readBack(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

/** As if the user had chosen the place in the save dialog (files:chooseSave). */
function chosenForSaving(path: string): string {
  grantPath(ctx, 'write', path);
  return path;
}

const merges = (sheet: ExcelJS.Worksheet) => (sheet.model as unknown as { merges: string[] }).merges;
const rowValues = (sheet: ExcelJS.Worksheet, row: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(row, from + i).value);

describe('exports to XLSX', () => {
  it('R-INS-01 institution list: title, headers, kind merged per block like 附件1; it imports back as updates', async () => {
    const path = chosenForSaving(ctx.dataDir + '/名单.xlsx');
    const result = await dispatch(ctx, 'export:institutions', { path });
    expect(result).toEqual({ ok: true, value: { path, rows: 21 } });
    const sheet = await readBack(path);
    expect(sheet.getCell('A1').value).toBe('职业技能等级认定评价机构名单');
    expect(rowValues(sheet, 2, 1, 7)).toEqual(['序号', '评价机构类型', '评价机构名称', '统一社会信用代码', '机构备案号', '备案年度', '备案有效期']);
    expect(merges(sheet)).toEqual(expect.arrayContaining(['A1:M1', 'B3:B6', 'B7:B9', 'B10:B23']));
    expect(sheet.getCell('B3').value).toBe('自主评价企业');
    expect(sheet.getCell('F3').value).toBe('2020年');
    expect(sheet.getCell('G3').value).toBe('2020-09-01至2023-08-31');
    expect(sheet.getCell('C3').font?.name).toBe('宋体');
    expect(sheet.getCell('C3').border?.top?.style).toBe('thin');
    expect(await importFile(ctx, 'institutions', path)).toMatchObject({ inserted: 0, updated: 21, skipped: 0 });
  });

  it('R-YQ-08 statistics table: form header, merged header cells, counts per occupation, 0 for occupations not evaluated, 备注 verbatim, 领取补贴人数 blank with a note', async () => {
    const filingId = ctx.db.prepare(`SELECT id FROM filings WHERE listed_name = '阳泉市非凡职业培训学校'`).pluck().get() as number;
    upsertFiledOccupation(ctx.db, { filingId, code: '4-10-01-05', name: '养老护理员', levels: ['level5'] });
    const path = chosenForSaving(ctx.dataDir + '/统计表.xlsx');
    const result = await dispatch(ctx, 'export:statistics', { filingId, path });
    expect(result).toEqual({ ok: true, value: { path, occupations: 4 } });
    const sheet = await readBack(path);
    expect(sheet.getCell('A1').value).toBe('附件2');
    expect(sheet.getCell('A2').value).toBe('职业技能等级认定机构工作情况统计表');
    expect([3, 4, 5, 6].map((row) => sheet.getCell(row, 1).value)).toEqual([
      '机构名称（签章）：阳泉市非凡职业培训学校',
      '机构备案号：S1403000009',
      '机构类别：社会培训评价组织',
      '备案时间：2020年',
    ]);
    expect(rowValues(sheet, 7, 1, 5)).toEqual(['序号', '职业名称', '职业代码', '工种/职业方向', '组织认定']);
    expect(sheet.getCell('G7').value).toBe('评价情况');
    expect(sheet.getCell('M7').value).toBe('领取补贴人数');
    expect(rowValues(sheet, 8, 5, 7)).toEqual(['批次', '人次', '已发证人数']);
    expect(rowValues(sheet, 9, 7, 12)).toEqual(['小计', '初级', '中级', '高级', '技师', '高级技师']);
    expect(merges(sheet)).toEqual(expect.arrayContaining(['A2:M2', 'A7:A9', 'B7:B9', 'E7:F7', 'E8:E9', 'F8:F9', 'G7:L7', 'G8:L8', 'M7:M9']));
    // Occupations in code order: 中式烹调师 4-03-02-01, 育婴员 4-10-01-02, 养老护理员 4-10-01-05, 保育师 4-10-01-06.
    // 领取补贴人数 is not recorded on the laptop: blank for occupations that were evaluated (a 0 would be a claim).
    expect(rowValues(sheet, 10, 1, 13)).toEqual([1, '中式烹调师', '4-03-02-01', '', 1, 1, 1, 0, 0, 1, 0, 0, null]);
    expect(rowValues(sheet, 11, 1, 13)).toEqual([2, '育婴员', '4-10-01-02', '', 2, 7, 5, 4, 1, 0, 0, 0, null]);
    expect(rowValues(sheet, 12, 1, 13)).toEqual([3, '养老护理员', '4-10-01-05', '', 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rowValues(sheet, 13, 1, 13)).toEqual([4, '保育师', '4-10-01-06', '', 1, 0, 0, 0, 0, 0, 0, 0, null]);
    expect(sheet.getCell('A14').value).toBe(statisticsForm.remarks);
    expect(merges(sheet)).toContain('A14:M14');
    expect(sheet.getCell('A15').value).toBe(SUBSIDY_NOT_RECORDED_NOTE);
  });

  it('R-YQ-08 a period limits the batches counted', async () => {
    const filingId = ctx.db.prepare(`SELECT id FROM filings WHERE listed_name = '阳泉市非凡职业培训学校'`).pluck().get() as number;
    const path = chosenForSaving(ctx.dataDir + '/上半年.xlsx');
    await dispatch(ctx, 'export:statistics', { filingId, path, from: '2023-01-01', to: '2023-04-30' });
    const sheet = await readBack(path);
    expect(rowValues(sheet, 11, 2, 8)).toEqual(['育婴员', '4-10-01-02', '', 1, 5, 4, 4]);
  });

  it('refuses a relative path or a missing folder before writing anything', async () => {
    expect(await dispatch(ctx, 'export:institutions', { path: chosenForSaving('relative.xlsx') })).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_BAD_PATH' },
    });
    const missingFolder = await dispatch(ctx, 'export:institutions', { path: chosenForSaving(ctx.dataDir + '/nope/x.xlsx') });
    expect(missingFolder).toMatchObject({ ok: false, error: { code: 'EXPORT_BAD_PATH', params: { reason: 'EXPORT_REASON_NO_FOLDER' } } });
    if (!missingFolder.ok) expect(errorInfoText(missingFolder.error)).toContain('文件夹不存在');
  });
});
