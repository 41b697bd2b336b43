import { cellText } from './cell-text';
import type { CellValue } from './types';

// Excel keeps 15 significant digits of a number and writes a long one to CSV as 9.11403E+17.
const SCIENTIFIC = /^\d+(?:\.\d+)?E\+?\d+$/i;

/** A code (ID number, USCC) that Excel kept as a number: a long number cell, or its scientific form in a CSV. */
export function codeStoredAsNumber(raw: CellValue): boolean {
  if (typeof raw === 'number') return cellText(raw).length >= 15;
  return typeof raw === 'string' && SCIENTIFIC.test(raw.normalize('NFKC').trim());
}

// A date cell saved as "General" shows its day number: five digits covers 1927–2173.
const DAY_NUMBER = /^\d{5}$/;

/** A date written as Excel's day number in text (a CSV saved from a "General" cell), e.g. "44197". */
export function looksLikeDayNumber(raw: CellValue): boolean {
  return typeof raw === 'string' && DAY_NUMBER.test(raw.normalize('NFKC').trim());
}
