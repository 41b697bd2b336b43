import type { FormPlace } from './form-problem';

/** The cells of one element of the form: its sheet and row, and each field's column. */
export interface SourceEntry {
  sheet: string;
  row: number;
  /** Template field (or column key) → column; a 表头 row maps every field to its 值 column under `*`. */
  columns: Readonly<Record<string, { header: string; letter: string }>>;
}

/** Locator (grammar in shared/domain/templates/problems.ts) → where the element is written. */
export type SourceMap = Record<string, SourceEntry>;

// Template field names that a column holds under another key.
const FIELD_COLUMNS: Record<string, string> = { from: 'fromPercent', to: 'toPercent', kind: 'scoring', tiers: 'scoring', rules: 'scoring' };

/**
 * The place of a locator: the element's row, and the column when the locator names a field (item:2.3:maxPoints).
 * A locator of an element the map does not know gives nothing.
 */
export function placeOf(map: SourceMap, at: string): FormPlace | undefined {
  const exact = map[at];
  if (exact) return entryPlace(exact, undefined);
  // item:<id>:<field> — the id itself may contain ':' only in theory; take the longest known prefix.
  for (let cut = at.lastIndexOf(':'); cut > 0; cut = at.lastIndexOf(':', cut - 1)) {
    const entry = map[at.slice(0, cut)];
    if (entry) return entryPlace(entry, at.slice(cut + 1));
  }
  return undefined;
}

function entryPlace(entry: SourceEntry, field: string | undefined): FormPlace {
  const column = entry.columns['*'] ?? (field === undefined ? undefined : (entry.columns[field] ?? entry.columns[FIELD_COLUMNS[field] ?? '']));
  return column ? { sheet: entry.sheet, row: entry.row, column } : { sheet: entry.sheet, row: entry.row };
}
