import { renameSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';

/** Official forms are set in 宋体; Excel on a Chinese Windows has it, elsewhere it falls back to a CJK font. */
export const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 16, bold: true };

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const ALL_BORDERS: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const CENTERED: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '技能评价现场核查';
  return workbook;
}

/** Borders, font and alignment on every cell of a rectangle (1-based rows and columns). */
export function styleBlock(
  sheet: ExcelJS.Worksheet,
  rows: [number, number],
  columns: [number, number],
  style: { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment> },
): void {
  for (let row = rows[0]; row <= rows[1]; row++) {
    for (let column = columns[0]; column <= columns[1]; column++) {
      const cell = sheet.getCell(row, column);
      cell.border = ALL_BORDERS;
      cell.font = style.font;
      cell.alignment = style.alignment;
    }
  }
}

/** Writes next to the target and renames, so a failed export never leaves half a file under the chosen name. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temporary = `${path}.partial`;
  try {
    await workbook.xlsx.writeFile(temporary);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError('EXPORT_WRITE_FAILED', { path, detail: error instanceof Error ? error.message : String(error) });
  }
}
