import type { ImportKind, RowError } from './types';
import type { PreviewColumn, PreviewRow } from './validate';

/** What the window shows before the user confirms an import (import:preview). */
export interface ImportPreview {
  kind: ImportKind;
  fileName: string;
  format: 'xlsx' | 'csv';
  encoding: 'utf-8' | 'utf-8-bom' | 'gbk' | null;
  sheetName: string | null;
  headerRow: number;
  columns: PreviewColumn[];
  /** Header cells that are not import columns (序号 and the like). */
  ignoredColumns: string[];
  totalRows: number;
  validRows: number;
  invalidRows: number;
  /** The first rows as read, with their problems. */
  rows: PreviewRow[];
  /** Every problem up to a cap; `errorCount` is the full number. */
  errors: RowError[];
  errorCount: number;
}

export const PREVIEW_ERROR_CAP = 1000;

export type { PreviewColumn, PreviewRow };
