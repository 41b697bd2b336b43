/**
 * What one import accepts. 64 MB of XLSX is several hundred thousand rows; a bigger file is almost always a
 * whole-province export that should be split. The row limit bounds memory, since rows are validated together.
 */
export const importLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxRows: 300_000,
  /** Title rows above the header: official lists have one or two. */
  headerSearchRows: 30,
  previewRows: 20,
  /**
   * An XLSX read that neither takes input nor yields a row for this long is given up as damaged: some broken
   * workbooks (garbage in xl/workbook.xml) make exceljs' streaming reader wait forever (found by the XLSX fuzzer).
   */
  stallMs: 15_000,
};

export type ImportLimits = typeof importLimits;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
