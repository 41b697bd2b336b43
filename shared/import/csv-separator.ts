import { findHeaderRow, type ColumnSpec } from './header';

/** The separators a CSV saved elsewhere may use instead of the comma, each with its registry noun. */
const otherSeparators = [
  { text: ';', term: 'IMPORT_SEPARATOR_SEMICOLON' },
  { text: '\t', term: 'IMPORT_SEPARATOR_TAB' },
  { text: '|', term: 'IMPORT_SEPARATOR_PIPE' },
] as const;

export type SeparatorTerm = (typeof otherSeparators)[number]['term'];

/**
 * Why a CSV had no header, when it can be told: its first lines split on another separator would name the known
 * columns. Returns that separator's registry noun, or null. Splitting plainly is enough here: only header names count.
 */
export function otherSeparatorOf<K extends string>(text: string, specs: readonly ColumnSpec<K>[], searchRows: number): SeparatorTerm | null {
  const lines = text.split(/\r?\n/, searchRows);
  for (const separator of otherSeparators) {
    const rows = lines.map((line) => line.split(separator.text).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')));
    if (findHeaderRow(rows, specs)) return separator.term;
  }
  return null;
}
