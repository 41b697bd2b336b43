import ExcelJS from 'exceljs';
import { formatPoints } from '../../../../shared/domain/scoring/points';
import type { OpinionSummary } from './opinion-summary';
import type { StatisticsRow } from './statistics';
import { chineseCount } from '../../pdf/layout/chinese-numerals';

/**
 * 附件4 评估意见汇总表 laid out like the form (备案年度 | 序号 | 机构名称 | 机构备案号 | 机构类别 | one column per category the forms decide ✓ | score,
 * 小计 per year, 合计), plus a sheet with the statistics table (附件2 columns, R-YQ-08).
 */
export async function writeSummaryWorkbook(summary: OpinionSummary, statistics: readonly StatisticsRow[], office: string): Promise<Buffer> {
  const columns = summary.columns;
  const last = 5 + columns.length + 1;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('评估意见汇总表');
  const title = sheet.addRow(['备案机构评估意见汇总表']);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, last);
  sheet.addRow([`${office}:（签章）`]);
  sheet.addRow(['备案年度', '序号', '机构名称', '机构备案号', '机构类别', '评估意见']);
  sheet.mergeCells(3, 6, 3, last);
  sheet.addRow(['', '', '', '', '', ...columns.map((c) => c.no), summary.scoreNo]);
  sheet.addRow(['', '', '', '', '', ...columns.map((c) => c.label), '评估得分']);
  for (const year of summary.years) {
    year.rows.forEach((row, index) => {
      sheet.addRow([
        index === 0 ? `${year.filingYear}年度备案的机构` : '',
        index + 1,
        row.institutionName,
        row.filingNo,
        row.kindLabel,
        ...columns.map((c) => (row.opinion === c.category ? '√' : '')),
        row.scoreHundredths === null ? '' : Number(formatPoints(row.scoreHundredths)),
      ]);
    });
    sheet.addRow(['', '小计', '', '', '', ...columns.map((c) => year.counts[c.category] ?? 0), '']);
  }
  sheet.addRow(['合计', '', '', '', '', ...columns.map((c) => summary.totals[c.category] ?? 0), '']);
  sheet.addRow([
    `备注：1、机构类别指评价机构属自主评价企业或自主评价院校或社会培训评价组织；2、各备案机构的评估意见在对应的${chineseCount(columns.length)}类情况之一中打“√”。`,
  ]);
  for (const excluded of summary.excluded) sheet.addRow([`未列入：${excluded.institutionName} ${excluded.filingNo}(${excluded.reason})`]);
  sheet.columns.forEach((column, index) => {
    column.width = index === 2 ? 36 : index === 3 ? 20 : 12;
  });

  const stats = workbook.addWorksheet('工作情况统计表');
  stats.addRow([
    '机构名称',
    '机构备案号',
    '职业名称',
    '职业代码',
    '工种/职业方向',
    '组织批次',
    '评价人次',
    '初级',
    '中级',
    '高级',
    '技师',
    '高级技师',
    '享受补贴人数',
  ]);
  for (const row of statistics) {
    stats.addRow([
      row.institutionName,
      row.filingNo,
      row.occupationName,
      row.occupationCode,
      row.direction,
      row.batches,
      row.personTimes,
      row.certified.junior,
      row.certified.intermediate,
      row.certified.senior,
      row.certified.technician,
      row.certified.seniorTechnician,
      row.subsidised,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
