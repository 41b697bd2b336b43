import { cellText } from './cell-text';
import { parseDateCell, parseDateRange, type Parsed } from './dates';
import type { RowReason } from '../domain/validation/validation-result';
import type { CellValue, RowError } from './types';

export interface TextRule {
  required?: boolean;
  max?: number;
}

/**
 * Reads one data row field by field, collecting every problem with the column header the user sees.
 * Each reader returns null when the cell is blank or wrong, so a record is built only when `errors` is empty.
 */
export class RowReader<K extends string> {
  readonly errors: RowError[] = [];

  constructor(
    readonly row: number,
    private readonly cells: Partial<Record<K, CellValue>>,
    private readonly headerOf: (key: K) => string,
    private readonly present: ReadonlySet<K>,
    /** Excel serials count from 1904 (workbookPr date1904). */
    readonly date1904 = false,
  ) {}

  has(key: K): boolean {
    return this.present.has(key);
  }

  blank(key: K): boolean {
    return cellText(this.cells[key]) === '';
  }

  raw(key: K): CellValue {
    return this.cells[key] ?? null;
  }

  fail(key: K, code: string, params?: RowReason['params']): null {
    return this.refuse(key, params ? { code, params } : { code });
  }

  refuse(key: K, reason: RowReason): null {
    this.errors.push({ row: this.row, column: this.headerOf(key), reason });
    return null;
  }

  /** `hint` is a registry code said after the reason (ROW_HINT_…). */
  missing(key: K, hint = ''): null {
    return this.fail(key, this.present.has(key) ? 'ROW_REQUIRED_EMPTY' : 'ROW_COLUMN_MISSING', { hint });
  }

  text(key: K, rule: TextRule = {}): string | null {
    const text = cellText(this.cells[key]).replace(/\s+/g, ' ');
    if (text === '') return rule.required ? this.missing(key) : null;
    if (rule.max !== undefined && text.length > rule.max) return this.fail(key, 'ROW_TOO_LONG', { length: text.length, max: rule.max });
    return text;
  }

  /** Runs a validator on the cell text; a blank cell is null (or ROW_REQUIRED_EMPTY when required). */
  check<T>(key: K, validate: (text: string) => Parsed<T>, required = false): T | null {
    const text = cellText(this.cells[key]);
    if (text === '') return required ? this.missing(key) : null;
    const result = validate(text);
    return result.ok ? result.value : this.refuse(key, result.reason);
  }

  /** Runs a parser on the cell itself (numbers stay numbers: Excel serials, years). */
  parse<T>(key: K, parse: (value: CellValue) => Parsed<T>, required = false): T | null {
    const value = this.cells[key] ?? null;
    if (cellText(value) === '') return required ? this.missing(key) : null;
    const result = parse(value);
    return result.ok ? result.value : this.refuse(key, result.reason);
  }

  /**
   * A closed value set (kinds, yes/no …); `choices` lists the allowed words in the message: the words as written
   * (自主评价企业、…) or a registry term that also says them in English (TERM_ROW_YES_OR_NO).
   */
  choice<T>(key: K, read: (text: string) => T | null, choices: string, required = false): T | null {
    const text = cellText(this.cells[key]);
    if (text === '') return required ? this.missing(key) : null;
    const value = read(text);
    return value === null ? this.fail(key, 'ROW_NOT_A_CHOICE', { text, choices }) : value;
  }

  date(key: K, required = false): string | null {
    return this.parse(key, (value) => parseDateCell(value, this.date1904), required);
  }

  dateRange(key: K): { from: string; to: string } | null {
    return this.parse(key, parseDateRange);
  }

  number(key: K, bounds: { min: number; max: number; integer?: boolean }): number | null {
    const text = cellText(this.cells[key]).normalize('NFKC');
    if (text === '') return null;
    const value = Number(text);
    if (!Number.isFinite(value) || (bounds.integer && !Number.isInteger(value))) {
      return this.fail(key, bounds.integer ? 'ROW_NOT_INTEGER' : 'ROW_NOT_NUMBER', { text });
    }
    if (value < bounds.min || value > bounds.max) return this.fail(key, 'ROW_OUT_OF_RANGE', { text, min: bounds.min, max: bounds.max });
    return value;
  }
}
