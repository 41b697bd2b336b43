import { existsSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';

/** The save dialog gives an absolute .xlsx path in an existing folder; anything else is refused before any work. */
export function assertExportPath(path: string): void {
  if (!isAbsolute(path)) throw new AppError('EXPORT_BAD_PATH', { reason: 'EXPORT_REASON_NOT_ABSOLUTE', path });
  if (extname(path).toLowerCase() !== '.xlsx') throw new AppError('EXPORT_BAD_PATH', { reason: 'EXPORT_REASON_NOT_XLSX', path });
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('EXPORT_BAD_PATH', { reason: 'EXPORT_REASON_NO_FOLDER', folder });
}
