import type ExcelJS from 'exceljs';
import { BODY_FONT, CENTERED, HEADER_FONT, styleBlock } from '../export/xlsx-style';

export interface SheetColumn<Row> {
  header: string;
  width: number;
  value(row: Row): string | number;
}

/** One sheet of a notice workbook: its header row frozen, ruled cells, wrapped text, printed to the page's width. */
export function addNoticeSheet<Row>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn<Row>[],
  rows: readonly Row[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  sheet.addRow(columns.map((column) => column.header));
  styleBlock(sheet, [1, 1], [1, columns.length], { font: HEADER_FONT, alignment: CENTERED });
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  if (rows.length > 0)
    styleBlock(sheet, [2, rows.length + 1], [1, columns.length], { font: BODY_FONT, alignment: { vertical: 'middle', wrapText: true } });
  return sheet;
}
