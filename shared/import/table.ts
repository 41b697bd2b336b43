import { AppError } from '../errors';
import { cellText, isBlank } from './cell-text';
import { findHeaderRow, missingRequiredHeaders, type ColumnSpec, type HeaderMatch } from './header';
import { importLimits, type ImportLimits } from './limits';
import type { CellValue } from './types';

export interface RawRow {
  /** Row number as Excel shows it (CSV: the record number). */
  row: number;
  cells: CellValue[];
  /** Positions (0-based) of formula cells without a cached result: their value is unknown, not empty. */
  uncomputed?: number[];
}

/** A merged range: rows as Excel numbers them, columns 0-based. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface DataRow<K extends string> {
  row: number;
  values: Partial<Record<K, CellValue>>;
}

// Official forms end with 备注/注/说明 lines below the table; they are not data.
const NOTE_LINE = /^(备注|注[::]|说明[::]|填表说明)/;

/**
 * Collects one sheet row by row: finds the header below any title rows, keeps the data rows, then fills merged
 * cells from their top-left cell and fill-down columns from the row above.
 */
export class SheetTable<K extends string> {
  private readonly buffered: RawRow[] = [];
  private readonly data: RawRow[] = [];
  private match: HeaderMatch<K> | null = null;
  private headerRow: RawRow | undefined;
  private searched = false;

  constructor(
    private readonly specs: readonly ColumnSpec<K>[],
    private readonly limits: ImportLimits = importLimits,
  ) {}

  get header(): HeaderMatch<K> | null {
    return this.match;
  }

  get dataRowCount(): number {
    return this.data.length;
  }

  push(row: RawRow): void {
    if (this.searched) return this.keep(row);
    this.buffered.push(row);
    if (this.buffered.length >= this.limits.headerSearchRows) this.search();
  }

  /** Call after the last row; returns false when the sheet has no header (the caller may try the next sheet). */
  end(): boolean {
    if (!this.searched) this.search();
    return this.match !== null;
  }

  private search(): void {
    this.searched = true;
    this.match = findHeaderRow(
      this.buffered.map((row) => row.cells),
      this.specs,
    );
    if (this.match) {
      this.headerRow = this.buffered[this.match.index];
      for (const row of this.buffered.slice(this.match.index + 1)) this.keep(row);
    }
    this.buffered.length = 0;
  }

  private keep(row: RawRow): void {
    if (!this.match || this.isBlankOrNote(row)) return;
    if (this.data.length >= this.limits.maxRows) {
      throw new AppError('IMPORT_TOO_LARGE', { reason: 'IMPORT_REASON_ROW_COUNT', maxRows: this.limits.maxRows, row: row.row });
    }
    this.data.push(row);
  }

  private isBlankOrNote(row: RawRow): boolean {
    const keys = this.match?.keys ?? [];
    const filled = row.cells.filter((cell, position) => keys[position] != null && !isBlank(cell));
    if (filled.length === 0) return true;
    const first = row.cells.find((cell) => !isBlank(cell));
    return filled.length === 1 && NOTE_LINE.test(cellText(first));
  }

  /** Throws when required columns are missing from the header. */
  assertRequiredColumns(): void {
    if (!this.match) return;
    const missing = missingRequiredHeaders(this.match, this.specs);
    if (missing.length > 0) {
      const headerRow = this.headerRowNumber();
      const labels = missing.map((spec) => spec.label);
      throw new AppError('IMPORT_MISSING_COLUMNS', { headerRow, columns: labels.join('、') }, { headerRow, missing: labels });
    }
  }

  /**
   * Throws for the first import column cell that holds a formula without a result (files written by scripts):
   * read as empty it would fail a required column or silently drop an optional value.
   */
  assertFormulasComputed(sheet: string): void {
    const keys = this.match?.keys ?? [];
    for (const raw of this.data) {
      const position = raw.uncomputed?.find((at) => keys[at] != null);
      if (position === undefined) continue;
      const column = this.match?.texts[position] ?? '';
      throw new AppError('IMPORT_FORMULA_NO_RESULT', { sheet, row: raw.row, column, cell: `${columnLetters(position)}${raw.row}` });
    }
  }

  headerRowNumber(): number {
    return this.headerRow?.row ?? 0;
  }

  /** Gives every cell of a merged range its top-left value (only ranges that start in a data row). */
  applyMerges(merges: readonly MergeRange[]): void {
    if (merges.length === 0) return;
    const byRow = new Map(this.data.map((row) => [row.row, row]));
    for (const range of merges) fillMergedRange(byRow, range);
  }

  /** The data rows with fill-down applied, in sheet order. */
  *rows(): Generator<DataRow<K>> {
    const match = this.match;
    if (!match) return;
    const fillDown = this.specs.filter((spec) => spec.fillDown).map((spec) => spec.key);
    const positions = match.keys.flatMap((key, position) => (key === null ? [] : [[key, position] as const]));
    const above = new Map<K, CellValue>();
    for (const raw of this.data) {
      const values: Partial<Record<K, CellValue>> = {};
      for (const [key, position] of positions) values[key] = raw.cells[position] ?? null;
      for (const key of fillDown) {
        if (isBlank(values[key])) values[key] = above.get(key) ?? null;
        else above.set(key, values[key] ?? null);
      }
      yield { row: raw.row, values };
    }
  }
}

/** 0 → A, 25 → Z, 26 → AA. */
function columnLetters(position: number): string {
  let letters = '';
  for (let rest = position + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function fillMergedRange(byRow: Map<number, RawRow>, range: MergeRange): void {
  const origin = byRow.get(range.top);
  if (!origin) return; // a merge in the title or header rows
  const value = origin.cells[range.left] ?? null;
  for (let row = range.top; row <= range.bottom; row++) {
    const target = byRow.get(row);
    if (!target) continue;
    for (let column = range.left; column <= range.right; column++) {
      if (isBlank(target.cells[column])) target.cells[column] = value;
    }
  }
}
