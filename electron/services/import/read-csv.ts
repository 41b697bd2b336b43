import { AppError } from '../../../shared/errors';
import { parseCsv } from '../../../shared/import/csv';
import type { SheetTable } from '../../../shared/import/table';
import { decodeCsvBytes, type TextEncoding } from './decode-text';
import type { ProgressReporter } from './progress';

/** Feeds every CSV record into the table; the file is already in memory (size-checked by the caller). */
export function readCsvInto<K extends string>(bytes: Uint8Array, table: SheetTable<K>, progress: ProgressReporter): TextEncoding {
  const { text, encoding } = decodeCsvBytes(bytes);
  const total = text.length;
  let count = 0;
  for (const record of parseCsv(text)) {
    if (record.unterminatedQuote) throw unterminatedQuote(record.row, record.cells.length, table);
    table.push({ row: record.row, cells: record.cells });
    count += 1;
    if (count % 1000 === 0) progress.rows(count, null);
  }
  progress.rows(count, total === 0 ? 1 : null);
  return encoding;
}

function unterminatedQuote<K extends string>(row: number, column: number, table: SheetTable<K>): AppError {
  table.end(); // find the header among the rows read so far, to name the column
  const header = table.header?.texts[column - 1];
  const columnName = header ? header : `第 ${column} 列`;
  return new AppError(
    'IMPORT_CSV_SYNTAX',
    { row, column: columnName },
    {
      errors: [{ row, column: columnName, reason: { code: 'IMPORT_UNCLOSED_QUOTE' } }],
    },
  );
}
