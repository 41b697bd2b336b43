import type ExcelJS from 'exceljs';
import { statisticsForm } from '../../../shared/export/statistics-form';
import { SUBSIDY_NOT_RECORDED_NOTE, subsidyNotRecorded, type StatisticsRow } from '../../../shared/export/statistics-rows';
import { BODY_FONT, CENTERED, HEADER_FONT, TITLE_FONT, newWorkbook, styleBlock } from './xlsx-style';

export interface StatisticsHeader {
  institutionName: string;
  filingNo: string;
  kindLabel: string;
  filedTime: string;
}

const COLUMN_COUNT = 13; // 序号 … 领取补贴人数 (A–M)
const WIDTHS = [6, 22, 14, 18, 8, 8, 8, 8, 8, 8, 8, 10, 12];
const TABLE_TOP = 7;

/**
 * 004 附件2 (R-YQ-08) as printed: 附件2, the title, the four header fields, a three-row table header with the form's
 * merged cells (组织认定 over 批次/人次, 评价情况 › 已发证人数 over 小计 … 高级技师), one row per occupation, and
 * the 备注 verbatim.
 */
export function buildStatisticsWorkbook(header: StatisticsHeader, rows: readonly StatisticsRow[]): ExcelJS.Workbook {
  const form = statisticsForm;
  const columns = form.columns;
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('统计表', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  sheet.getCell('A1').value = form.attachment;
  sheet.getCell('A1').font = BODY_FONT;
  sheet.mergeCells(2, 1, 2, COLUMN_COUNT);
  sheet.getCell('A2').value = form.title;
  sheet.getCell('A2').font = TITLE_FONT;
  sheet.getCell('A2').alignment = CENTERED;
  sheet.getRow(2).height = 32;
  const headerValues = [header.institutionName, header.filingNo, header.kindLabel, header.filedTime];
  form.headerFields.forEach((label, index) => {
    const row = 3 + index;
    sheet.mergeCells(row, 1, row, COLUMN_COUNT);
    const cell = sheet.getCell(row, 1);
    cell.value = `${label}${headerValues[index] ?? ''}`;
    cell.font = BODY_FONT;
  });

  const top = TABLE_TOP;
  const levelLabels = form.levelColumns.map((column) => column.label);
  sheet.getRow(top).values = [
    columns.index,
    columns.occupationName,
    columns.occupationCode,
    columns.workType,
    columns.organised,
    '',
    columns.evaluation,
    '',
    '',
    '',
    '',
    '',
    columns.subsidised,
  ];
  sheet.getRow(top + 1).values = ['', '', '', '', columns.batches, columns.persons, columns.certified];
  sheet.getRow(top + 2).values = ['', '', '', '', '', '', columns.subtotal, ...levelLabels];
  for (const column of [1, 2, 3, 4]) sheet.mergeCells(top, column, top + 2, column);
  sheet.mergeCells(top, 5, top, 6); // 组织认定
  sheet.mergeCells(top + 1, 5, top + 2, 5); // 批次
  sheet.mergeCells(top + 1, 6, top + 2, 6); // 人次
  sheet.mergeCells(top, 7, top, 12); // 评价情况
  sheet.mergeCells(top + 1, 7, top + 1, 12); // 已发证人数
  sheet.mergeCells(top, 13, top + 2, 13); // 领取补贴人数
  styleBlock(sheet, [top, top + 2], [1, COLUMN_COUNT], { font: HEADER_FONT, alignment: CENTERED });

  const firstData = top + 3;
  rows.forEach((row, index) => {
    sheet.getRow(firstData + index).values = [
      index + 1,
      row.occupationName,
      row.occupationCode,
      row.workType,
      row.batches,
      row.persons,
      row.certifiedTotal,
      ...row.certifiedByLevel,
      row.subsidised,
    ];
  });
  const lastData = firstData + Math.max(rows.length, 1) - 1;
  styleBlock(sheet, [firstData, lastData], [1, COLUMN_COUNT], { font: BODY_FONT, alignment: CENTERED });

  const remarksRow = lastData + 1;
  sheet.mergeCells(remarksRow, 1, remarksRow, COLUMN_COUNT);
  const remarks = sheet.getCell(remarksRow, 1);
  remarks.value = form.remarks;
  remarks.font = BODY_FONT;
  remarks.alignment = { vertical: 'top', wrapText: true };
  sheet.getRow(remarksRow).height = 36;
  if (subsidyNotRecorded(rows)) {
    const note = sheet.getCell(remarksRow + 1, 1);
    note.value = SUBSIDY_NOT_RECORDED_NOTE;
    note.font = BODY_FONT;
  }
  return workbook;
}
