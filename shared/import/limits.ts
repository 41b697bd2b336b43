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
  /**
   * Workbook parts once inflated (zip bombs): a 300,000-row sheet is about 200 MB of XML. Sheets compress 10–50×;
   * a zero-filled bomb 1000×.
   */
  unpacked: {
    maxEntryBytes: 256 * 1024 * 1024,
    maxTotalBytes: 512 * 1024 * 1024,
    maxCompressionRatio: 400,
    ratioExemptBytes: 1024 * 1024,
  },
};

export type ImportLimits = typeof importLimits;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
