import type { Database } from '../../../db/engine';
import { PREVIEW_ERROR_CAP, type ImportPreview } from '../../../shared/import/preview';
import { checkAgainstStore } from './commit';
import type { ParsedImport } from './parse-file';

/** The preview of a parsed file, including the rows whose filing or batch is not in the database yet. */
export function buildPreview(db: Database, parsed: ParsedImport): ImportPreview {
  const checked = checkAgainstStore(db, parsed);
  const fileErrors = new Set(parsed.errors);
  const referenceErrors = new Map<number, ImportPreview['rows'][number]['errors']>();
  for (const error of checked.errors) {
    if (fileErrors.has(error)) continue;
    referenceErrors.set(error.row, [...(referenceErrors.get(error.row) ?? []), { column: error.column, reason: error.reason }]);
  }
  return {
    kind: parsed.kind,
    fileName: parsed.fileName,
    format: parsed.format,
    encoding: parsed.encoding,
    sheetName: parsed.sheetName,
    headerRow: parsed.headerRow,
    columns: parsed.columns,
    ignoredColumns: parsed.ignoredColumns,
    totalRows: parsed.totalRows,
    validRows: parsed.totalRows - checked.invalidRows,
    invalidRows: checked.invalidRows,
    rows: parsed.preview.map((row) => ({ ...row, errors: [...row.errors, ...(referenceErrors.get(row.row) ?? [])] })),
    errors: checked.errors.slice(0, PREVIEW_ERROR_CAP),
    errorCount: checked.errors.length,
  };
}
