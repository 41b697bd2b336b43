import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { AppError } from '../../../shared/errors';
import type { MergeRange } from '../../../shared/import/table';

function corrupt(detail: string): AppError {
  return new AppError('IMPORT_CORRUPT', { reason: 'IMPORT_REASON_DAMAGED_ZIP', detail });
}

/**
 * Checks the ZIP container before streaming it: a truncated copy has no central directory, and the streaming
 * reader would otherwise fail late or not at all.
 */
export function assertReadableWorkbook(bytes: Uint8Array): void {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
  if (!names.includes('xl/workbook.xml')) throw corrupt('IMPORT_REASON_NO_WORKBOOK_PART');
  assertEntriesInflate(bytes);
}

/**
 * Inflates every entry once, keeping nothing (memory stays at one chunk): a damaged deflate stream ("invalid
 * distance") passes the directory check above but made exceljs' streaming reader wait forever (found by the XLSX
 * fuzzer in test/reliability/fuzz/importers.test.ts).
 */
function assertEntriesInflate(bytes: Uint8Array): void {
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    file.ondata = (error) => {
      if (error) failure ??= error;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure) throw corrupt((failure as Error).message);
}

const MERGE_CELL = /<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * The merged ranges of one worksheet. exceljs' streaming reader skips <mergeCells> (it follows the rows in the
 * XML), so they are read from the sheet's XML directly; only the part after </sheetData> is decoded.
 */
export function readMergeRanges(bytes: Uint8Array, sheetNo: string): MergeRange[] {
  const entry = `xl/worksheets/sheet${sheetNo}.xml`;
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, { filter: (file) => file.name === entry })[entry];
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
  if (!xml) return [];
  const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const tailStart = buffer.lastIndexOf('</sheetData>');
  const tail = buffer.subarray(tailStart < 0 ? 0 : tailStart).toString('utf8');
  const ranges: MergeRange[] = [];
  for (const match of tail.matchAll(MERGE_CELL)) {
    const [, left, top, right, bottom] = match as unknown as [string, string, string, string, string];
    ranges.push({ top: Number(top), left: columnIndex(left), bottom: Number(bottom), right: columnIndex(right) });
  }
  return ranges;
}
