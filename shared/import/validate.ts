import { cellText } from './cell-text';
import { excelSerialToIso } from './dates';
import type { ColumnSpec, HeaderMatch } from './header';
import type { ImportKindDefinition } from './kinds/definition';
import { RowReader } from './row-reader';
import type { DataRow } from './table';
import type { RowReason } from '../domain/validation/validation-result';
import type { CellValue, RowError } from './types';

export interface ValidRow<R> {
  row: number;
  record: R;
}

export interface PreviewRow {
  row: number;
  /** Cell text per column of `columns`, dates shown as dates. */
  values: string[];
  /** Each problem of the row: its column header and why (worded by the window). */
  errors: { column: string; reason: RowReason }[];
}

export interface PreviewColumn {
  header: string;
  key: string;
}

export interface ValidatedRows<R> {
  columns: PreviewColumn[];
  records: ValidRow<R>[];
  errors: RowError[];
  totalRows: number;
  invalidRows: number;
  preview: PreviewRow[];
}

/** The header the user wrote for a column, or its standard name when the column is absent. */
export function headerNames<K extends string>(match: HeaderMatch<K>, specs: readonly ColumnSpec<K>[]): (key: K) => string {
  const written = new Map<K, string>();
  match.keys.forEach((key, position) => {
    if (key !== null) written.set(key, match.texts[position] ?? key);
  });
  const labels = new Map(specs.map((spec) => [spec.key, spec.label]));
  return (key) => written.get(key) ?? labels.get(key) ?? key;
}

function displayCell(spec: ColumnSpec | undefined, value: CellValue | undefined, date1904: boolean): string {
  if (spec?.date && typeof value === 'number') {
    const date = excelSerialToIso(value, date1904);
    if (date.ok) return date.value;
  }
  return cellText(value);
}

/**
 * Validates every row (R-INS-02 identity fields, dates that exist, closed value sets) and finds duplicates
 * within the file by the kind's key: the first occurrence is kept, later ones are errors naming it.
 */
export function validateRows<K extends string, R>(
  definition: ImportKindDefinition<K, R>,
  match: HeaderMatch<K>,
  rows: Iterable<DataRow<K>>,
  options: { previewRows: number; date1904?: boolean; onRow?: (count: number) => void },
): ValidatedRows<R> {
  const headerOf = headerNames(match, definition.columns);
  const present = new Set(match.keys.filter((key): key is K => key !== null));
  const specByKey = new Map(definition.columns.map((spec) => [spec.key, spec]));
  const columnKeys = match.keys.filter((key): key is K => key !== null);
  const firstRowOfKey = new Map<string, number>();
  const result: ValidatedRows<R> = {
    columns: columnKeys.map((key) => ({ header: headerOf(key), key })),
    records: [],
    errors: [],
    totalRows: 0,
    invalidRows: 0,
    preview: [],
  };
  for (const { row, values } of rows) {
    result.totalRows += 1;
    const reader = new RowReader(row, values, headerOf, present, options.date1904 ?? false);
    const record = definition.read(reader);
    if (record !== null) {
      const key = definition.key(record);
      const first = firstRowOfKey.get(key);
      if (first === undefined) firstRowOfKey.set(key, row);
      else reader.fail(definition.keyColumn, 'ROW_DUPLICATE', { firstRow: first, keyLabel: definition.keyLabel });
    }
    if (reader.errors.length === 0 && record !== null) result.records.push({ row, record });
    else {
      result.invalidRows += 1;
      result.errors.push(...reader.errors);
    }
    if (result.preview.length < options.previewRows) {
      result.preview.push({
        row,
        values: columnKeys.map((key) => displayCell(specByKey.get(key), values[key], options.date1904 ?? false)),
        errors: reader.errors.map(({ column, reason }) => ({ column, reason })),
      });
    }
    options.onRow?.(result.totalRows);
  }
  return result;
}
