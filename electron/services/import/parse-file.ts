import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { importDefinitions, type ImportRecordOf } from '../../../shared/import/kinds';
import { formatMegabytes, importLimits, type ImportLimits } from '../../../shared/import/limits';
import { SheetTable } from '../../../shared/import/table';
import type { ImportKind } from '../../../shared/import/types';
import { validateRows, type ValidatedRows } from '../../../shared/import/validate';
import { detectFormat, type FileFormat } from './detect-format';
import { decodeCsvBytes, type TextEncoding } from './decode-text';
import { otherSeparatorOf } from '../../../shared/import/csv-separator';
import { createProgressReporter, type ProgressListener } from './progress';
import { readCsvInto } from './read-csv';
import { readXlsx } from './read-xlsx';

/** The parsed file: plain data, so it crosses the worker boundary by structured clone. */
export interface ParsedImport<K extends ImportKind = ImportKind> extends ValidatedRows<ImportRecordOf[K]> {
  kind: K;
  fileName: string;
  format: FileFormat;
  encoding: TextEncoding | null;
  sheetName: string | null;
  headerRow: number;
  ignoredColumns: string[];
}

export interface ParseOptions {
  onProgress?: ProgressListener;
  limits?: ImportLimits;
}

async function readChecked(path: string, limits: ImportLimits): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new AppError('IMPORT_FILE_NOT_FOUND', { path });
  if (info.size === 0) throw new AppError('IMPORT_EMPTY', { file: basename(path) });
  if (info.size > limits.maxBytes) {
    throw new AppError('IMPORT_TOO_LARGE', {
      reason: 'IMPORT_REASON_FILE_SIZE',
      size: formatMegabytes(info.size),
      limit: formatMegabytes(limits.maxBytes),
    });
  }
  return readFile(path);
}

function noHeader(kind: ImportKind, fileName: string, limits: ImportLimits): AppError {
  const names = importDefinitions[kind].columns
    .filter((spec) => spec.requiredHeader)
    .map((spec) => `“${spec.label}”`)
    .join('、');
  return new AppError('IMPORT_NO_HEADER', { file: fileName, rows: limits.headerSearchRows, columns: names });
}

/** A CSV without a header says why when it can: split on another separator its first lines name the columns. */
function csvNoHeader(kind: ImportKind, fileName: string, bytes: Uint8Array, limits: ImportLimits): AppError {
  const separator = otherSeparatorOf(decodeCsvBytes(bytes).text, importDefinitions[kind].columns, limits.headerSearchRows);
  return separator ? new AppError('IMPORT_CSV_SEPARATOR', { file: fileName, separator }) : noHeader(kind, fileName, limits);
}

/**
 * The parsing core, the same in the worker and in-process: reads the file, finds the header, fills merged cells,
 * validates every row. Writes nothing. Throws AppError for a file that cannot be read as a table at all.
 */
export async function parseImportFile<K extends ImportKind>(kind: K, path: string, options: ParseOptions = {}): Promise<ParsedImport<K>> {
  const limits = options.limits ?? importLimits;
  const definition = importDefinitions[kind];
  const progress = createProgressReporter(kind, options.onProgress);
  const fileName = basename(path);
  const bytes = await readChecked(path, limits);
  const format = detectFormat(path, bytes.subarray(0, 8));
  progress.phase('reading', 0);
  let table: SheetTable<string>;
  let sheetName: string | null = null;
  let encoding: TextEncoding | null = null;
  let date1904 = false;
  if (format === 'xlsx') {
    const sheet = await readXlsx(bytes, definition.columns, limits, progress);
    if (!sheet) throw noHeader(kind, fileName, limits);
    table = sheet.table;
    sheetName = sheet.sheetName;
    date1904 = sheet.date1904;
    table.assertRequiredColumns();
    table.assertFormulasComputed(sheet.sheetName);
  } else {
    table = new SheetTable(definition.columns, limits);
    encoding = readCsvInto(bytes, table, progress);
    if (!table.end()) throw csvNoHeader(kind, fileName, bytes, limits);
  }
  table.assertRequiredColumns();
  const header = table.header;
  if (!header) throw noHeader(kind, fileName, limits);
  const total = table.dataRowCount;
  progress.phase('validating', 0);
  const validated = validateRows(definition, header, table.rows(), {
    previewRows: limits.previewRows,
    date1904,
    onRow: (count) => {
      if (count % 1000 === 0) progress.rows(count, total === 0 ? 1 : count / total);
    },
  });
  return {
    ...validated,
    kind,
    fileName,
    format,
    encoding,
    sheetName,
    headerRow: table.headerRowNumber(),
    ignoredColumns: header.ignored,
  } as ParsedImport<K>;
}
