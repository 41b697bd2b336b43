import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { FORM_SHEETS, formSheetsOf, NOTES_SHEET } from '../../../shared/domain/forms';
import type { Template } from '../../../shared/domain/templates';
import { FORM_NOTES, SHEET_PURPOSES } from './form-notes';

// Columns holding long verbatim texts get room and wrap; ids and numbers stay narrow.
const WIDE_COLUMNS = new Set([
  '评估内容',
  '评估办法',
  '评分标准',
  '规则原文',
  '档次原文',
  '内容',
  '理由',
  '依据',
  '问题',
  '原因',
  '值',
  '声明满分依据',
]);
const MEDIUM_COLUMNS = new Set(['名称', '标题', '分子', '分母', '字段', '计数对象']);

function columnWidth(header: string): number {
  if (WIDE_COLUMNS.has(header)) return 48;
  if (MEDIUM_COLUMNS.has(header)) return 22;
  return Math.max(10, header.length * 2 + 4);
}

/** The workbook of a form as an office clerk edits it: a 说明 sheet first, then the form's sheets. */
export function formWorkbook(template: Template): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skill Inspector';
  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.getColumn(1).width = 16;
  notes.getColumn(2).width = 90;
  for (const line of FORM_NOTES) notes.addRow([line]).getCell(1).alignment = { wrapText: false };
  notes.addRow([]);
  const head = notes.addRow(['工作表', '内容']);
  head.font = { bold: true };
  for (const spec of Object.values(FORM_SHEETS)) {
    notes.addRow([spec.name, SHEET_PURPOSES[spec.name] ?? '']).getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  notes.getRow(1).font = { bold: true, size: 13 };

  for (const sheet of formSheetsOf(template)) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const headers = (sheet.rows[0] ?? []).map(String);
    headers.forEach((header, index) => {
      const column = worksheet.getColumn(index + 1);
      column.width = columnWidth(header);
      // Ids such as 3.10 must stay text: Excel would turn a typed 3.10 into the number 3.1.
      if (header.includes('编号') || header === '主行' || header === '计入行' || header === '共用扣分的行') column.numFmt = '@';
    });
    for (const cells of sheet.rows) {
      const row = worksheet.addRow(cells.map((cell) => (cell === null ? null : cell)));
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    const headerRow = worksheet.getRow(1);
    headerRow.font = { bold: true };
    headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  }
  return workbook;
}

/** Writes the form as an XLSX workbook (docs/form-format.md); readFormFile gives the same template back. */
export async function writeFormFile(template: Template, path: string): Promise<void> {
  const buffer = await formWorkbook(template).xlsx.writeBuffer();
  await writeFile(path, new Uint8Array(buffer as ArrayBuffer));
}
