import { pointsToNumber } from './points';
import type { ScoreResult } from './result';

// Keys whose values are points (hundredths) anywhere in a ScoreResult; counts use other names.
const POINT_KEYS = new Set([
  'points',
  'maxPoints',
  'declaredMax',
  'selfScore',
  'difference',
  'deducted',
  'deductedTotal',
  'jointPoints',
  'jointMax',
  'itemsTotal',
  'penaltyTotal',
  'total',
  'maximum',
  'declaredTotal',
  'selfTotal',
]);

function convert(value: unknown, key: string | null): unknown {
  if (typeof value === 'number' && key !== null && POINT_KEYS.has(key)) return pointsToNumber(value);
  if (Array.isArray(value)) return value.map((entry) => convert(entry, null));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
  }
  return value;
}

/** The result with every point value as a decimal number (92, 12.5) for JSON output. */
export function scoreResultToJson(result: ScoreResult): unknown {
  return convert(result, null);
}
