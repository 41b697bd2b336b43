import type { Database } from '../../../db/engine';
import { backupBeforeChange } from '../../../db/backup';
import { inTransaction } from '../../../db/sql';
import { AppError, type ErrorParams } from '../../../shared/errors';
import { importKindTerms, type ImportKind, type ImportSummary, type RowError } from '../../../shared/import/types';
import type { ParsedImport } from './parse-file';
import type { ProgressListener } from './progress';
import { batchWriter } from './write-batches';
import { candidateWriter } from './write-candidates';
import { expertWriter } from './write-experts';
import { institutionWriter } from './write-institutions';
import type { KindWriter, Resolved, WriteContext } from './writer';

const writers: Record<ImportKind, KindWriter<unknown, unknown>> = {
  institutions: institutionWriter as KindWriter<unknown, unknown>,
  batches: batchWriter as KindWriter<unknown, unknown>,
  candidates: candidateWriter as KindWriter<unknown, unknown>,
  experts: expertWriter as KindWriter<unknown, unknown>,
};

export interface StoreTarget {
  db: Database;
  databasePath: string;
  dataDir: string;
}

export interface CheckedImport {
  ready: Resolved<unknown, unknown>[];
  /** Row errors of the file and of references to the database, in row order. */
  errors: RowError[];
  invalidRows: number;
  context: WriteContext;
}

/** Adds the checks that need the database (the filing or batch a row names must exist) to the file's own. */
export function checkAgainstStore(db: Database, parsed: ParsedImport): CheckedImport {
  const headerByKey = new Map(parsed.columns.map((column) => [column.key, column.header]));
  const context: WriteContext = {
    db,
    present: new Set(parsed.columns.map((column) => column.key)),
    headerOf: (key) => headerByKey.get(key) ?? key,
  };
  const resolved = writers[parsed.kind].resolve(context, parsed.records);
  const errors = [...parsed.errors, ...resolved.errors].sort((a, b) => a.row - b.row);
  return { ready: resolved.ready, errors, invalidRows: new Set(errors.map((error) => error.row)).size, context };
}

function rejected(kind: ImportKind, checked: CheckedImport): AppError {
  const first = checked.errors[0];
  const example: ErrorParams = first
    ? { ...first.reason.params, reason: 'IMPORT_REASON_FIRST_ROW', row: first.row, column: first.column, rowReason: first.reason.code }
    : {};
  return new AppError(
    'IMPORT_INVALID',
    { kind: importKindTerms[kind], invalidRows: checked.invalidRows, ...example },
    { errors: checked.errors, invalidRows: checked.invalidRows },
  );
}

/**
 * Writes a parsed file: refused as a whole when any row is invalid (unless validOnly), otherwise a backup
 * (backupBeforeChange) and then every row in one transaction.
 */
export function commitImport(
  target: StoreTarget,
  parsed: ParsedImport,
  options: { validOnly: boolean; onProgress?: ProgressListener },
): ImportSummary {
  const checked = checkAgainstStore(target.db, parsed);
  if (checked.errors.length > 0 && !options.validOnly) throw rejected(parsed.kind, checked);
  const summary: ImportSummary = { inserted: 0, updated: 0, skipped: checked.invalidRows, errors: checked.errors };
  if (checked.ready.length === 0) return summary;
  options.onProgress?.({ kind: parsed.kind, phase: 'writing', rowsRead: parsed.totalRows, fraction: null });
  backupBeforeChange(target.databasePath, target.dataDir, `before-import-${parsed.kind}`);
  const counts = inTransaction(target.db, () => writers[parsed.kind].write(checked.context, checked.ready));
  options.onProgress?.({ kind: parsed.kind, phase: 'done', rowsRead: parsed.totalRows, fraction: 1 });
  return { ...summary, ...counts };
}
