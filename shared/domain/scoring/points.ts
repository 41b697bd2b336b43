/**
 * Points are integer hundredths everywhere in the domain (0.2 分 → 20, 12.5 分 → 1250):
 * the forms use amounts like 0.2 and 0.4, which binary floats cannot add exactly.
 */
export type Hundredths = number;

const DECIMAL_POINTS = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Reads a decimal amount ("12.5", 0.4) as hundredths without float arithmetic.
 * Returns null for anything that is not a finite number with at most two decimals.
 */
export function parsePoints(value: number | string): Hundredths | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  const match = DECIMAL_POINTS.exec(String(value).trim());
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(hundredths)) return null;
  return sign === '-' && hundredths !== 0 ? -hundredths : hundredths;
}

/** 1250 → "12.5", 9200 → "92", 40 → "0.4", -50 → "-0.5". */
export function formatPoints(hundredths: Hundredths): string {
  const sign = hundredths < 0 ? '-' : '';
  const absolute = Math.abs(hundredths);
  const whole = Math.trunc(absolute / 100);
  const fraction = String(absolute % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** Decimal number for JSON output (92, 12.5); goes through the exact string form. */
export function pointsToNumber(hundredths: Hundredths): number {
  return Number(formatPoints(hundredths));
}

export function sumPoints(values: readonly Hundredths[]): Hundredths {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Sum of the values given, or null when none is (e.g. self-scores nobody typed). */
export function sumGiven(values: readonly (Hundredths | null)[]): Hundredths | null {
  return values.some((v) => v !== null) ? sumPoints(values.map((v) => v ?? 0)) : null;
}
