import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { opinionColumnsOver, toSummaryModel, type OpinionSummary } from '../../../electron/services/sync/review/opinion-summary';
import { writeSummaryWorkbook } from '../../../electron/services/sync/review/summary-xlsx';
import { getTemplate } from '../../../shared/domain/templates/registry';
import { thirdForm } from '../../support/third-form';

const row = (inspectionId: number, opinion: 'pass' | 'fail' | null) => ({
  inspectionId,
  institutionName: `机构${inspectionId}`,
  filingNo: `F${inspectionId}`,
  kindLabel: '社会培训评价组织',
  opinion,
  outcomeLabel: opinion === 'pass' ? '达标' : '不达标',
  scoreHundredths: 2500,
});

async function opinionSheet(summary: OpinionSummary): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeSummaryWorkbook(summary, [], '示例市人社局')) as unknown as ArrayBuffer);
  const values = workbook.getWorksheet('评估意见汇总表')?.getSheetValues() ?? [];
  return values.slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));
}

describe('the office opinion summary follows the forms that scored it', () => {
  it('R-YQ-07 the built-in 附件4 form gives its five columns, worded as the form prints them', () => {
    const { columns, scoreNo } = opinionColumnsOver([getTemplate('shanxi-renewal-2023')]);
    expect(columns.map((c) => `${c.no}${c.label}`)).toEqual([
      '（一）需终止备案的机构',
      '（二）同意延续备案的机构',
      '（三）暂时不予延续备案机构',
      '（四）暂停评价活动的机构',
      '（五）正常评价的机构',
    ]);
    expect(scoreNo).toBe('（六）');
    expect(opinionColumnsOver([])).toEqual(opinionColumnsOver([getTemplate('shanxi-renewal-2023')]));
  });

  it('a third form (达标 / 不达标) shows its own columns and counts in the XLSX and the printed model', async () => {
    const { columns, layout, scoreNo } = opinionColumnsOver([thirdForm()]);
    expect(columns).toEqual([
      { category: 'pass', no: '（一）', label: '达标的机构' },
      { category: 'fail', no: '（二）', label: '不达标的机构' },
    ]);
    const summary: OpinionSummary = {
      columns,
      scoreNo,
      layout,
      years: [{ filingYear: 2026, rows: [row(1, 'pass'), row(2, 'fail'), row(3, 'pass')], counts: { pass: 2, fail: 1 } }],
      totals: { pass: 2, fail: 1 },
      excluded: [],
    };
    const sheet = await opinionSheet(summary);
    expect(sheet[3]).toEqual(['', '', '', '', '', '（一）', '（二）', '（三）']);
    expect(sheet[4]).toEqual(['', '', '', '', '', '达标的机构', '不达标的机构', '评估得分']);
    expect(sheet[5]?.slice(5)).toEqual(['√', '', 25]);
    expect(sheet[8]?.slice(1, 7)).toEqual(['小计', '', '', '', 2, 1]);
    expect(sheet[9]?.slice(0, 7)).toEqual(['合计', '', '', '', '', 2, 1]);
    expect(String(sheet[10]?.[0])).toContain('两类情况之一');

    const model = toSummaryModel(summary, '示例市人社局');
    expect(model.layout?.columns.map((c) => c.heading)).toEqual(['达标的机构', '不达标的机构']);
    expect(model.years[0]?.rows.map((r) => r.opinion)).toEqual(['pass', 'fail', 'pass']);
  });
});
