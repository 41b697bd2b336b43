import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';

export type FileFormat = 'xlsx' | 'csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // .xls (Excel 97–2003) and other OLE files

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => head[index] === byte);
}

/** Decides by the file's first bytes, with the extension only telling a text file it should be CSV. */
export function detectFormat(path: string, head: Uint8Array): FileFormat {
  const extension = extname(path).toLowerCase();
  if (startsWith(head, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(head, OLE_MAGIC)) {
    throw new AppError('IMPORT_UNSUPPORTED_FORMAT', { reason: 'IMPORT_REASON_XLS' });
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    throw new AppError('IMPORT_CORRUPT', { reason: 'IMPORT_REASON_NOT_A_WORKBOOK' });
  }
  if (extension === '.csv' || extension === '.txt' || extension === '') return 'csv';
  throw new AppError('IMPORT_UNSUPPORTED_FORMAT', { reason: 'IMPORT_REASON_EXTENSION', extension });
}
