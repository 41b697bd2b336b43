import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BackupInfo {
  /** File name inside `<dataDir>/backups`; the only thing the window may send back to restore it. */
  name: string;
  path: string;
  sizeBytes: number;
  /** When the snapshot was written (the file's modification time), ISO 8601. */
  createdAt: string;
  /** Why it was taken, from the file name written by backupBeforeChange: before-migration-v6-to-v7, before-import-…, or '' for a manual copy. */
  reason: string;
}

export const backupFolder = (dataDir: string): string => join(dataDir, 'backups');

/** backupBeforeChange names files `<ISO stamp with - for : and .>-<reason>.sqlite`. */
const STAMPED_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(.+)\.sqlite$/;

/** Every SQLite backup in `<dataDir>/backups`, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const folder = backupFolder(dataDir);
  if (!existsSync(folder)) return [];
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.sqlite')) continue;
    const path = join(folder, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info?.isFile()) continue;
    backups.push({ name, path, sizeBytes: info.size, createdAt: info.mtime.toISOString(), reason: STAMPED_NAME.exec(name)?.[1] ?? '' });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
