import { isBlank, optionalInteger, optionalPoints, optionalText, optionalWord, optionalYesNo, type CellReading } from './cells';
import type { FormProblem } from './form-problem';
import { columnLetter, type FormCell, type FormSheet, type SheetSpec } from './sheets';
import type { SourceEntry } from './source-map';
import { valueOfWord } from './words';

type Column = { header: string; letter: string; index: number };

/**
 * One data row of a form sheet. Each getter reads a cell by column key; a bad or missing required value is recorded
 * as a problem naming the cell and a placeholder is returned, so compile goes on and reports every cell at once.
 */
export class FormRow {
  constructor(
    private readonly table: FormTable,
    readonly row: number,
    private readonly cells: readonly FormCell[],
  ) {}

  get sheet(): string {
    return this.table.sheet;
  }

  cell(key: string): FormCell | undefined {
    const column = this.table.column(key);
    return column ? this.cells[column.index] : undefined;
  }

  fail(key: string, code: string, params: Record<string, string | number> = {}): void {
    const column = this.table.column(key);
    this.table.problems.push({
      severity: 'error',
      code,
      params,
      sheet: this.sheet,
      row: this.row,
      ...(column ? { column: { header: column.header, letter: column.letter } } : {}),
    });
  }

  private read<T>(key: string, reading: CellReading<T>, fallback: T): T {
    if (reading.ok) return reading.value;
    this.fail(key, reading.code, reading.params);
    return fallback;
  }

  private required<T>(key: string, value: T | null, fallback: T): T {
    if (value !== null) return value;
    if (this.table.column(key)) this.fail(key, 'FORM_CELL_EMPTY');
    return fallback;
  }

  optText(key: string): string | null {
    return optionalText(this.cell(key));
  }
  text(key: string): string {
    return this.required(key, this.optText(key), '?');
  }
  optWord(key: string): string | null {
    return optionalWord(this.cell(key));
  }
  word(key: string): string {
    return this.required(key, this.optWord(key), '?');
  }
  optPoints(key: string): number | null {
    return this.read(key, optionalPoints(this.cell(key)), 0);
  }
  points(key: string): number {
    return this.required(key, this.optPoints(key), 0);
  }
  optInteger(key: string): number | null {
    return this.read(key, optionalInteger(this.cell(key)), 0);
  }
  integer(key: string): number {
    return this.required(key, this.optInteger(key), 0);
  }
  optYesNo(key: string): boolean | null {
    return this.read(key, optionalYesNo(this.cell(key)), false);
  }
  /** A word of `words` (or the value it stands for); null when blank. */
  optChoice<V extends string>(key: string, words: Readonly<Record<V, string>>): V | null {
    const text = this.optWord(key);
    if (text === null) return null;
    const value = valueOfWord(words, text);
    if (value === undefined) this.fail(key, 'FORM_NOT_A_CHOICE', { text, choices: Object.values<string>(words).join('、') });
    return value ?? null;
  }
  choice<V extends string>(key: string, words: Readonly<Record<V, string>>, fallback: NoInfer<V>): V {
    const text = this.optWord(key);
    if (text === null) return this.required(key, null, fallback);
    return this.optChoice(key, words) ?? fallback;
  }

  /** This row in the source map. */
  entry(): SourceEntry {
    return { sheet: this.sheet, row: this.row, columns: this.table.columnsByKey };
  }
}

/** A form sheet found by name with its header row read; rows() yields the non-blank data rows. */
export class FormTable {
  readonly columnsByKey: Record<string, { header: string; letter: string }> = {};
  private readonly columns = new Map<string, Column>();

  constructor(
    readonly spec: SheetSpec,
    private readonly data: FormSheet | undefined,
    readonly problems: FormProblem[],
  ) {
    if (!data) {
      if (spec.required) problems.push({ severity: 'error', code: 'FORM_SHEET_MISSING', params: { sheet: spec.name }, sheet: spec.name });
      return;
    }
    const header = data.rows[0] ?? [];
    for (const { key, header: name, optional } of spec.columns) {
      const index = header.findIndex((cell) => !isBlank(cell) && String(cell).trim() === name);
      if (index < 0) {
        // A sheet with no rows needs no columns (an empty list written by hand as an empty sheet).
        if (!optional && data.rows.slice(1).some((row) => row.some((cell) => !isBlank(cell)))) {
          problems.push({ severity: 'error', code: 'FORM_COLUMN_MISSING', params: { column: name }, sheet: spec.name, row: 1 });
        }
        continue;
      }
      const column = { header: name, letter: columnLetter(index), index };
      this.columns.set(key, column);
      this.columnsByKey[key] = { header: name, letter: column.letter };
    }
  }

  get sheet(): string {
    return this.spec.name;
  }

  column(key: string): Column | undefined {
    return this.columns.get(key);
  }

  *rows(): Generator<FormRow> {
    if (!this.data) return;
    for (let index = 1; index < this.data.rows.length; index++) {
      const cells = this.data.rows[index] ?? [];
      if (cells.every((cell) => isBlank(cell))) continue;
      yield new FormRow(this, index + 1, cells);
    }
  }
}
