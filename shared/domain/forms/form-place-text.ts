import { errorText, type ErrorLanguage } from '../../errors';
import type { FormProblem } from './form-problem';

/** Where a problem is, in words: sheet / row / column as Excel shows them (the data path for JSON, else nothing). */
export function formPlaceText(p: Pick<FormProblem, 'sheet' | 'row' | 'column' | 'at'>, language: ErrorLanguage): string {
  if (p.sheet === undefined) return p.at === undefined ? '' : p.at;
  if (p.row === undefined) return errorText('TERM_FORM_AT_SHEET', { sheet: p.sheet }, language);
  if (p.column === undefined) return errorText('TERM_FORM_AT_ROW', { sheet: p.sheet, row: p.row }, language);
  return errorText('TERM_FORM_AT_CELL', { sheet: p.sheet, row: p.row, column: p.column.header, letter: p.column.letter }, language);
}
