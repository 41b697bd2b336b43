import { unzipSync } from 'fflate';
import type { MergeRange } from '../../../shared/import/table';
import { corruptWorkbook } from './unpack-workbook';

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
    throw corruptWorkbook(error instanceof Error ? error.message : String(error));
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
