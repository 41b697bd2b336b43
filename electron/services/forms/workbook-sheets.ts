import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { importLimits } from '../../../shared/import/limits';
import type { FormCell, FormSheet } from '../../../shared/domain/forms';
import { plainCell } from '../import/read-xlsx';
import { unpackWorkbook } from '../import/unpack-workbook';

/**
 * The sheets of a form workbook as plain cells, in workbook order. The zip is checked and stripped to the parts that
 * hold cells first (unpackWorkbook: the importer's zip-bomb limits), so a hostile file costs no more than an import.
 * exceljs' streaming reader is used because the stripped zip has no styles part (the full loader needs one).
 */
export async function workbookSheets(bytes: Uint8Array): Promise<FormSheet[]> {
  const { zip } = unpackWorkbook(bytes, importLimits.unpacked);
  const source = Readable.from([Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const readAll = async () => {
    const sheets: FormSheet[] = [];
    for await (const worksheet of reader) {
      const rows: FormCell[][] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as (ExcelJS.CellValue | undefined)[];
        const cells: FormCell[] = [];
        // row.values is 1-based and sparse.
        for (let column = 1; column < values.length; column++) cells.push(plainCell(values[column]));
        rows[row.number - 1] = cells;
      }
      for (let index = 0; index < rows.length; index++) rows[index] ??= [];
      sheets.push({ name: (worksheet as unknown as { name: string }).name, rows });
    }
    return sheets;
  };
  // Some damaged workbooks make the streaming reader wait forever (see read-xlsx.ts); a form reads in well under this.
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      source.destroy();
      reject(new AppError('IMPORT_CORRUPT', { reason: 'IMPORT_REASON_STALLED', seconds: Math.round(importLimits.stallMs / 1000) }));
    }, importLimits.stallMs);
  });
  try {
    return await Promise.race([readAll(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}
