import type { CellValue } from './types';

/** The text of a cell as a person reads it: trimmed, numbers without exponent or float noise. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return value.trim();
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}

function numberText(value: number): string {
  if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
  // Excel stores 0.1 + 0.2 style noise; 12 significant digits is what Excel itself displays.
  return String(Number(value.toPrecision(12)));
}
