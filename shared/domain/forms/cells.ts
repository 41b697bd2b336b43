import type { Hundredths } from '../scoring/points';
import type { FormCell } from './sheets';
import { NO, YES } from './words';

// Reading one cell. Each reader returns the value or a reason (registry code + params); blank means null or only
// spaces. Texts are kept exactly as written (verbatim rule texts); ids and words are trimmed.

export type CellReading<T> = { ok: true; value: T } | { ok: false; code: string; params: Record<string, string | number> };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const fail = <T>(code: string, params: Record<string, string | number> = {}): CellReading<T> => ({ ok: false, code, params });

export function isBlank(cell: FormCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function shown(cell: FormCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** A verbatim text, not trimmed; null when blank. */
export function optionalText(cell: FormCell | undefined): string | null {
  if (isBlank(cell)) return null;
  return typeof cell === 'string' ? cell : shown(cell);
}

/** An id or a word: trimmed; a number typed into the cell (2.2) is read as it shows. */
export function optionalWord(cell: FormCell | undefined): string | null {
  return isBlank(cell) ? null : shown(cell).trim();
}

/** Points as a decimal number of points (2.5) → integer hundredths (250). */
export function optionalPoints(cell: FormCell | undefined): CellReading<Hundredths | null> {
  if (isBlank(cell)) return ok(null);
  const text = shown(cell).trim();
  const number = typeof cell === 'number' ? cell : /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(number)) return fail('FORM_NOT_POINTS', { text });
  const hundredths = Math.round(number * 100);
  if (Math.abs(hundredths - number * 100) > 1e-6) return fail('FORM_NOT_POINTS', { text });
  return ok(hundredths);
}

export function optionalInteger(cell: FormCell | undefined): CellReading<number | null> {
  if (isBlank(cell)) return ok(null);
  const text = shown(cell).trim();
  const number = typeof cell === 'number' ? cell : /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number)) return fail('FORM_NOT_INTEGER', { text });
  return ok(number);
}

/** 是 / 否 (or a boolean cell, or true / false); null when blank. */
export function optionalYesNo(cell: FormCell | undefined): CellReading<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  const text = shown(cell).trim();
  if (text === YES || text.toLowerCase() === 'true') return ok(true);
  if (text === NO || text.toLowerCase() === 'false') return ok(false);
  return fail('FORM_NOT_YES_NO', { text, yes: YES, no: NO });
}

export function yesNoWord(value: boolean): string {
  return value ? YES : NO;
}

/** An id list in one cell: 、 , ， ; ； or line breaks between ids; blank is the empty list. */
export function idList(cell: FormCell | undefined): string[] {
  if (isBlank(cell)) return [];
  return shown(cell)
    .split(/[、,，;；\n]/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Hundredths → the number of points written in a cell (250 → 2.5). */
export function pointsCell(points: Hundredths): number {
  return points / 100;
}
