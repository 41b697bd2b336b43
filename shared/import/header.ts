import { cellText } from './cell-text';
import type { CellValue } from './types';

/** A column the importer knows: its key in the record, its printed name and the names offices also use. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  label: string;
  synonyms: readonly string[];
  /** The header row must have this column (not necessarily a value in every row; see the kind's rules). */
  requiredHeader?: boolean;
  /** Blank cells take the value above: official lists merge this column, and unmerging in Excel leaves blanks. */
  fillDown?: boolean;
  /** Holds dates: the preview shows Excel serials as dates. */
  date?: boolean;
}

export interface HeaderMatch<K extends string = string> {
  /** Index in the buffered rows of the header row. */
  index: number;
  /** Key per column position (null = not an import column). */
  keys: (K | null)[];
  /** The header text as written in the file, per column position. */
  texts: string[];
  ignored: string[];
}

/** Full-width forms, spaces, required-field asterisks and colons do not count when comparing header names. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*:※]/g, '')
    .toLowerCase();
}

function withoutParenthesised(text: string): string {
  return text.replace(/\([^)]*\)/g, '');
}

export function headerLookup<K extends string>(specs: readonly ColumnSpec<K>[]): (text: string) => K | null {
  const byName = new Map<string, K>();
  for (const spec of specs) {
    for (const name of [spec.label, ...spec.synonyms]) byName.set(normalizeHeader(name), spec.key);
  }
  return (text) => {
    const normalized = normalizeHeader(text);
    if (normalized === '') return null;
    return byName.get(normalized) ?? byName.get(withoutParenthesised(normalized)) ?? null;
  };
}

/**
 * Matches one candidate header row. A column name used twice keeps its first position; the second is
 * listed as ignored so the preview can show it.
 */
export function matchHeaderRow<K extends string>(cells: readonly CellValue[], lookup: (text: string) => K | null): HeaderMatch<K> {
  const keys: (K | null)[] = [];
  const texts: string[] = [];
  const ignored: string[] = [];
  const seen = new Set<K>();
  cells.forEach((cell, position) => {
    const text = cellText(cell);
    texts[position] = text;
    const key = lookup(text);
    if (key !== null && !seen.has(key)) {
      seen.add(key);
      keys[position] = key;
    } else {
      keys[position] = null;
      if (text !== '') ignored.push(text);
    }
  });
  return { index: -1, keys, texts, ignored };
}

/** The header is the row (among the first ones, below any title rows) naming the most known columns, at least two. */
export function findHeaderRow<K extends string>(rows: readonly (readonly CellValue[])[], specs: readonly ColumnSpec<K>[]): HeaderMatch<K> | null {
  const lookup = headerLookup(specs);
  let best: HeaderMatch<K> | null = null;
  let bestCount = 1;
  rows.forEach((cells, index) => {
    const match = matchHeaderRow(cells, lookup);
    const count = match.keys.filter((key) => key !== null).length;
    if (count > bestCount) {
      best = { ...match, index };
      bestCount = count;
    }
  });
  return best;
}

export function missingRequiredHeaders<K extends string>(match: HeaderMatch<K>, specs: readonly ColumnSpec<K>[]): ColumnSpec<K>[] {
  const present = new Set(match.keys.filter((key): key is K => key !== null));
  return specs.filter((spec) => spec.requiredHeader && !present.has(spec.key));
}
