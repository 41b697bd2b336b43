import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { holidayCalendarSchema, isIsoDate, type HolidayCalendarData } from '../../../shared/domain/deadlines';
import { AppError } from '../../../shared/errors';
import { decodeCsvBytes } from '../import/decode-text';
import { plainCell } from '../import/read-xlsx';

/** A holiday list is a few dozen rows; anything much larger is not one. */
const MAX_CALENDAR_BYTES = 2 * 1024 * 1024;
const VERSION_LABEL = '版本';
const DATE_HEADER = '日期';
const KIND_HEADER = '类型';
const HOLIDAY_KIND = '休';
const MAKEUP_KIND = '班';

type Cell = string | number | boolean | null;

/**
 * Reads a holiday list (docs/calendar.md): the JSON of HolidayCalendarData, or a sheet (.xlsx first sheet, or .csv)
 * with a 版本 row and 日期 / 类型 (休 / 班) rows. Every problem names its sheet and row; nothing is stored here.
 */
export async function readCalendarFile(path: string): Promise<HolidayCalendarData> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('CALENDAR_FILE_UNREADABLE', { path });
  }
  if (bytes.length > MAX_CALENDAR_BYTES) throw new AppError('CALENDAR_FILE_UNREADABLE', { path });
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return calendarFromJson(bytes, path);
  if (ext === '.csv') return calendarFromRows(csvRows(decodeCsvBytes(bytes).text), 'CSV');
  if (ext === '.xlsx') {
    const sheet = await firstSheet(bytes, path);
    return calendarFromRows(sheet.rows, sheet.name);
  }
  throw new AppError('CALENDAR_FORMAT_UNKNOWN', { path });
}

function calendarFromJson(bytes: Buffer, path: string): HolidayCalendarData {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('CALENDAR_FILE_UNREADABLE', { path });
  }
  const parsed = holidayCalendarSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new AppError('CALENDAR_JSON_INVALID', { field: issue.path.join('.') || '(根)', reason: issue.message });
  }
  return parsed.data;
}

async function firstSheet(bytes: Buffer, path: string): Promise<{ name: string; rows: Cell[][] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('CALENDAR_FILE_UNREADABLE', { path });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('CALENDAR_FILE_UNREADABLE', { path });
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push([1, 2, 3].map((c) => plainCell(row.getCell(c).value) as Cell));
  }
  return { name: sheet.name, rows };
}

/** Plain CSV: commas, optional double quotes; a holiday list has no embedded line breaks. */
function csvRows(text: string): Cell[][] {
  return text.split(/\r?\n/).map((line) =>
    line.split(',').map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replaceAll('""', '"'),
    ),
  );
}

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Excel keeps dates as serial numbers when styles are not read: 1 = 1900-01-01 (with Excel's 1900 leap-year bug). */
function dateText(cell: Cell | undefined): string {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 60)
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  return text(cell).replaceAll('/', '-');
}

function calendarFromRows(rows: Cell[][], sheet: string): HolidayCalendarData {
  let version = '';
  let headerAt = -1;
  for (const [index, row] of rows.entries()) {
    if (text(row[0]) === VERSION_LABEL) version = text(row[1]);
    if (text(row[0]) === DATE_HEADER && text(row[1]) === KIND_HEADER) {
      headerAt = index;
      break;
    }
  }
  if (headerAt < 0) throw new AppError('CALENDAR_HEADER_MISSING', { sheet });
  if (!version) throw new AppError('CALENDAR_VERSION_MISSING', { sheet });
  const holidays: string[] = [];
  const makeupWorkdays: string[] = [];
  const seen = new Set<string>();
  for (let index = headerAt + 1; index < rows.length; index++) {
    const row = rows[index] as Cell[];
    if (row.every((cell) => text(cell) === '')) continue;
    const rowNumber = index + 1;
    const date = dateText(row[0]);
    if (!isIsoDate(date)) throw new AppError('CALENDAR_ROW_DATE', { sheet, row: rowNumber, value: text(row[0]) });
    const kind = text(row[1]);
    if (kind !== HOLIDAY_KIND && kind !== MAKEUP_KIND) throw new AppError('CALENDAR_ROW_KIND', { sheet, row: rowNumber, value: kind });
    if (seen.has(date)) throw new AppError('CALENDAR_ROW_DUPLICATE', { sheet, row: rowNumber, date });
    seen.add(date);
    (kind === HOLIDAY_KIND ? holidays : makeupWorkdays).push(date);
  }
  if (seen.size === 0) throw new AppError('CALENDAR_EMPTY', { sheet });
  // A sheet covers the years its dates fall in: those years' lists are complete in it (docs/calendar.md).
  const coveredYears = [...new Set([...seen].map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b);
  return { version, coveredYears, holidays, makeupWorkdays };
}
