import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, isAppError } from '../../../shared/errors';
import type { ColumnSpec } from '../../../shared/import/header';
import type { ImportLimits } from '../../../shared/import/limits';
import { SheetTable } from '../../../shared/import/table';
import type { CellValue } from '../../../shared/import/types';
import type { ProgressReporter } from './progress';
import { unpackWorkbook } from './unpack-workbook';
import { readMergeRanges } from './xlsx-zip';

export interface XlsxSheet<K extends string> {
  table: SheetTable<K>;
  sheetName: string;
  /** The workbook counts dates from 1904 (old Mac Excel): serials are 1462 days smaller. */
  date1904: boolean;
}

const CHUNK_BYTES = 256 * 1024;

/** exceljs cell values → plain cells. Dates come as serial numbers because styles are not read (faster). */
export function plainCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * Streams the workbook's sheets (exceljs WorkbookReader, so a 100k-row file is never one big object) and keeps the
 * first sheet that has a recognisable header. Later sheets are drained without being kept: the zip stream must be
 * read to its end.
 */
export async function readXlsx<K extends string>(
  bytes: Uint8Array,
  specs: readonly ColumnSpec<K>[],
  limits: ImportLimits,
  progress: ProgressReporter,
): Promise<XlsxSheet<K> | null> {
  const { zip } = unpackWorkbook(bytes, limits.unpacked);
  try {
    return await streamWorkbook(zip, specs, limits, progress);
  } catch (error) {
    // exceljs's streaming reader now and then loses the small xl/workbook.xml entry under load (seen once in CI:
    // "Cannot read properties of undefined (reading 'sheets')" on a fixture that reads fine otherwise). The bytes are
    // in memory and were checked above, so one more pass is safe; a file that is really damaged fails again.
    if (!(error instanceof AppError && /reading 'sheets'/.test(error.message))) throw error;
    return streamWorkbook(zip, specs, limits, progress);
  }
}

async function streamWorkbook<K extends string>(
  bytes: Uint8Array,
  specs: readonly ColumnSpec<K>[],
  limits: ImportLimits,
  progress: ProgressReporter,
): Promise<XlsxSheet<K> | null> {
  let bytesRead = 0;
  let lastActivity = Date.now();
  function* chunks() {
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
      const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
      bytesRead += chunk.length;
      lastActivity = Date.now();
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  }
  const source = Readable.from(chunks());
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let rowsRead = 0;
  const readAll = async (): Promise<(XlsxSheet<K> & { sheetNo: string }) | null> => {
    const candidates: SheetCandidate<K>[] = [];
    for await (const worksheet of workbook) {
      const sheet = sheetInfo(workbook, worksheet as unknown as { name: string; state?: string });
      const wanted = sheet.visible && !candidates.some((candidate) => candidate.sheet.preference < sheet.preference);
      const table: SheetTable<K> | null = wanted ? new SheetTable(specs, limits) : null;
      for await (const row of worksheet) {
        rowsRead += 1;
        lastActivity = Date.now();
        if (table) table.push({ row: row.number, ...rowCells(row) });
        if (rowsRead % 1000 === 0) progress.rows(rowsRead, bytesRead / bytes.length);
      }
      // Only the best sheet so far is kept: the active one, else the first visible one in the workbook's order.
      if (table?.end()) candidates.splice(0, candidates.length, { sheet, table });
    }
    const best = candidates[0];
    if (!best) return null;
    return { table: best.table, sheetNo: best.sheet.fileNo, sheetName: best.sheet.name, date1904: best.sheet.date1904 };
  };
  let chosen: (XlsxSheet<K> & { sheetNo: string }) | null;
  try {
    chosen = await untilStalled(
      readAll(),
      () => lastActivity,
      limits.stallMs,
      () => source.destroy(),
    );
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('IMPORT_CORRUPT', { reason: 'IMPORT_REASON_UNPARSABLE', detail: error instanceof Error ? error.message : String(error) });
  }
  progress.rows(rowsRead, 1);
  if (!chosen) return null;
  if (chosen.sheetNo) chosen.table.applyMerges(readMergeRanges(bytes, chosen.sheetNo));
  return { table: chosen.table, sheetName: chosen.sheetName, date1904: chosen.date1904 };
}

/** Settles with `work`, or rejects as damaged once nothing happened for `stallMs` (then `abandon` frees the input). */
function untilStalled<T>(work: Promise<T>, lastActivity: () => number, stallMs: number, abandon: () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(
      () => {
        if (Date.now() - lastActivity() < stallMs) return;
        clearInterval(timer);
        abandon();
        reject(new AppError('IMPORT_CORRUPT', { reason: 'IMPORT_REASON_STALLED', seconds: Math.round(stallMs / 1000) }));
      },
      Math.min(1000, stallMs),
    );
    work.then(
      (value) => {
        clearInterval(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearInterval(timer);
        reject(error);
      },
    );
  });
}

/** The row's plain cells, and where a formula has no cached result (a script wrote it; Excel never calculated it). */
function rowCells(row: ExcelJS.Row): { cells: CellValue[]; uncomputed?: number[] } {
  const values = row.values as (ExcelJS.CellValue | undefined)[];
  const cells: CellValue[] = [];
  const uncomputed: number[] = [];
  // row.values is 1-based and sparse.
  for (let column = 1; column < values.length; column++) {
    const value = values[column];
    if (isUncomputedFormula(value)) uncomputed.push(column - 1);
    cells.push(plainCell(value));
  }
  return uncomputed.length > 0 ? { cells, uncomputed } : { cells };
}

function isUncomputedFormula(value: ExcelJS.CellValue | undefined): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  return ('formula' in value || 'sharedFormula' in value) && (value.result === undefined || value.result === null);
}

interface SheetCandidate<K extends string> {
  sheet: SheetInfo;
  table: SheetTable<K>;
}

interface SheetInfo {
  name: string;
  /** The N of xl/worksheets/sheetN.xml (where the merged ranges are read). */
  fileNo: string;
  /** Hidden and "very hidden" sheets hold lookups and scratch data: never imported. */
  visible: boolean;
  /** 0 for the sheet the workbook opens on, then 1 + its position among the tabs. */
  preference: number;
  date1904: boolean;
}

interface WorkbookModel {
  sheets?: { id: number; name: string; rId: string; state?: string }[];
  views?: { activeTab?: number }[];
  properties?: { date1904?: boolean };
}

/** What exceljs read from xl/workbook.xml (tabs, states, the active tab, the date system) about one sheet. */
function sheetInfo(workbook: ExcelJS.stream.xlsx.WorkbookReader, worksheet: { name: string; state?: string }): SheetInfo {
  const reader = workbook as unknown as { model?: WorkbookModel; workbookRels?: { Id: string; Target: string }[] };
  const sheets = reader.model?.sheets ?? [];
  const position = sheets.findIndex((sheet) => sheet.name === worksheet.name);
  const isVisible = (state: string | undefined) => state !== 'hidden' && state !== 'veryHidden';
  const activeTab = reader.model?.views?.[0]?.activeTab ?? 0;
  const active = isVisible(sheets[activeTab]?.state) ? activeTab : sheets.findIndex((sheet) => isVisible(sheet.state));
  const target = reader.workbookRels?.find((rel) => rel.Id === sheets[position]?.rId)?.Target ?? '';
  return {
    name: worksheet.name,
    fileNo: /sheet(\d+)\.xml$/.exec(target)?.[1] ?? '',
    visible: isVisible(worksheet.state),
    preference: position === active ? 0 : 1 + Math.max(0, position),
    date1904: reader.model?.properties?.date1904 === true,
  };
}
