import { daysInMonth, formatIsoDate, fromDayNumber } from '../domain/deadlines/plain-date';
import { cellText } from './cell-text';
import type { RowReason } from '../domain/validation/validation-result';
import { looksLikeDayNumber } from './number-cells';
import type { CellValue } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: RowReason };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: string, params?: RowReason['params']): Parsed<T> => ({ ok: false, reason: params ? { code, params } : { code } });

/** Day 0 of Excel's 1900 date system is 1899-12-30 once the fictitious 1900-02-29 (serial 60) is skipped. */
const EXCEL_EPOCH_OFFSET = 25569;
const EXCEL_MAX_SERIAL = 2958465; // 9999-12-31
/** Day 0 of the 1904 date system (old Mac Excel, workbookPr date1904) is 1904-01-01, serial 1462 in the 1900 system. */
const DATE_1904_OFFSET = 1462;

export function excelSerialToIso(serial: number, date1904 = false): Parsed<string> {
  if (date1904) {
    return Number.isFinite(serial) && serial >= 0 ? excelSerialToIso(serial + DATE_1904_OFFSET) : fail('ROW_DATE_SERIAL_RANGE', { serial });
  }
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > EXCEL_MAX_SERIAL) return fail('ROW_DATE_SERIAL_RANGE', { serial });
  if (day === 60) return fail('ROW_DATE_1900_02_29');
  return ok(fromDayNumber(day - (day > 60 ? EXCEL_EPOCH_OFFSET : EXCEL_EPOCH_OFFSET - 1)));
}

// 2020-09-01, 2020/9/1, 2020.09.01, 2020年9月1日, optionally followed by a time of day (Excel CSV exports add one).
const TEXT_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

export function parseDateText(raw: string): Parsed<string> {
  const text = raw.normalize('NFKC').trim();
  const match = TEXT_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (!match) return fail('ROW_DATE_UNRECOGNISED', { text: raw });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('ROW_DATE_NONEXISTENT', { text: raw });
  }
  return ok(formatIsoDate({ year, month, day }));
}

/** A date cell: an Excel serial (a date-formatted cell) or text in any of the usual forms. */
export function parseDateCell(value: CellValue, date1904 = false): Parsed<string> {
  if (typeof value === 'number') return excelSerialToIso(value, date1904);
  if (looksLikeDayNumber(value)) {
    // Read as text it is no date; name the date it stands for so the user can fix the column's format.
    const meant = excelSerialToIso(Number(cellText(value).normalize('NFKC').trim()), date1904);
    if (meant.ok) return fail('ROW_DATE_STORED_AS_NUMBER', { text: cellText(value), date: meant.value });
  }
  return parseDateText(cellText(value));
}

const RANGE_SEPARATORS = /\s*(?:至|到|~|～|—|–|－)\s*/;

type DateRange = { from: string; to: string };

function rangeOf(fromText: string, toText: string): Parsed<DateRange> {
  const from = parseDateText(fromText.trim());
  if (!from.ok) return from;
  const to = parseDateText(toText.trim());
  if (!to.ok) return to;
  return to.value < from.value ? fail('ROW_VALIDITY_END_BEFORE_START', { from: from.value, to: to.value }) : ok({ from: from.value, to: to.value });
}

/** A validity range in one cell: 2020-09-01至2023-08-31 (also ~, 到, or a hyphen between two dates). */
export function parseDateRange(value: CellValue): Parsed<DateRange> {
  const text = cellText(value);
  const parts = text.split(RANGE_SEPARATORS);
  if (parts.length === 2) return rangeOf(parts[0] ?? '', parts[1] ?? '');
  // "2020.09.01-2023.08.31": try every hyphen as the separator; splitting inside a date leaves halves that do not parse.
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    const range = rangeOf(text.slice(0, at), text.slice(at + 1));
    if (range.ok || range.reason.code === 'ROW_VALIDITY_END_BEFORE_START') return range;
  }
  return fail('ROW_VALIDITY_UNRECOGNISED', { text });
}

/** 备案年度: 2020, 2020年, 2020年度 — or a full date (备案时间), whose year counts and which is kept as the filing date. */
export function parseFilingYear(value: CellValue, date1904 = false): Parsed<{ year: number; filedOn: string | null }> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100) return ok({ year: value, filedOn: null });
  const text = cellText(value).normalize('NFKC');
  const yearOnly = /^(\d{4})\s*(?:年度?)?$/.exec(text);
  if (yearOnly) {
    const year = Number(yearOnly[1]);
    return year >= 2000 && year <= 2100 ? ok({ year, filedOn: null }) : fail('ROW_FILING_YEAR_RANGE', { year });
  }
  const date = parseDateCell(value, date1904);
  if (!date.ok) return typeof value === 'number' ? date : fail('ROW_FILING_YEAR_UNRECOGNISED', { text });
  const year = Number(date.value.slice(0, 4));
  return year >= 2000 && year <= 2100 ? ok({ year, filedOn: date.value }) : fail('ROW_FILING_YEAR_RANGE', { year });
}
