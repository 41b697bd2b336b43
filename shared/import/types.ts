import type { RowReason } from '../domain/validation/validation-result';

/** Shared shapes of the Excel/CSV import: what the parser produces, what the UI previews, what the CLI prints. */

export const importKinds = ['institutions', 'batches', 'candidates', 'experts'] as const;
export type ImportKind = (typeof importKinds)[number];

/** The registry's words for each kind, for error sentences in either language (shared/errors/codes/import.ts). */
export const importKindTerms: Record<ImportKind, string> = {
  institutions: 'TERM_IMPORT_INSTITUTIONS',
  batches: 'TERM_IMPORT_BATCHES',
  candidates: 'TERM_IMPORT_CANDIDATES',
  experts: 'TERM_IMPORT_EXPERTS',
};

export const importKindLabels: Record<ImportKind, string> = {
  institutions: '评价机构名单',
  batches: '认定批次',
  candidates: '考生名册',
  experts: '专家库',
};

/** A cell as the readers hand it over: Excel numbers stay numbers (dates arrive as serials). */
export type CellValue = string | number | boolean | null;

/** One problem, located the way the user sees it in Excel: sheet row number and column header. */
export interface RowError {
  row: number;
  column: string;
  /** A registry code (shared/errors/codes/import-rows.ts) and its values: worded where it is shown. */
  reason: RowReason;
}

export type ImportPhase = 'reading' | 'validating' | 'writing' | 'done';

export interface ImportProgress {
  kind: ImportKind;
  phase: ImportPhase;
  rowsRead: number;
  /** 0–1 when the total is known (bytes of the file read so far), otherwise null. */
  fraction: number | null;
}

/** What `import` reports: the CLI's --json output and the import:commit result. */
export interface ImportSummary {
  inserted: number;
  updated: number;
  /** Invalid rows left out (only with validOnly). */
  skipped: number;
  /**
   * Batch imports only: batches whose occupation or level is not in the filing's filed scope (R-INS-03). They are
   * imported as is and the scope is left as filed, so the inspection flags them (R-YQ-05 严重超出备案范围).
   */
  outsideScope?: number;
  errors: RowError[];
}
