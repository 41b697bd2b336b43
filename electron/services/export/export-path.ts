import { existsSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';

/** The save dialog gives an absolute .xlsx path in an existing folder; anything else is refused before any work. */
export function assertExportPath(path: string): void {
  if (!isAbsolute(path)) throw new AppError('EXPORT_BAD_PATH', `导出路径必须是完整路径：${path}`);
  if (extname(path).toLowerCase() !== '.xlsx') throw new AppError('EXPORT_BAD_PATH', `导出文件应以 .xlsx 结尾：${path}`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('EXPORT_BAD_PATH', `导出文件夹不存在：${folder}`);
}
