import Database from 'better-sqlite3';
import type { Database as Db } from './engine';
import { AppError } from '../shared/errors';
import { listBackups } from './backup-list';
import { moveDatabaseAside, putDatabaseBack } from './move-aside';
import { assertNotNewer } from './migrate';
import { latestSchemaVersion } from './migrations';
import { inspectDatabase, openDatabase } from './open';

export interface RestoreRequest {
  databasePath: string;
  dataDir: string;
  /** A name from listBackups(dataDir); paths are refused so the window cannot point at arbitrary files. */
  backupName: string;
  nativeBinding?: string;
}

export interface RestoreResult {
  restoredFrom: string;
  /** Where the replaced database went (kept for investigation), or null when there was none. */
  movedAsideTo: string | null;
}

/**
 * Replaces the database file with a backup. The caller must have closed every connection to `databasePath` and
 * reopens it afterwards (openDatabase migrates an older backup). Order: check the backup (quick_check, schema not
 * newer) → move the current file and its WAL aside → copy the backup in with VACUUM INTO (a transactionally
 * consistent SQLite copy, never a byte copy). If the copy fails, the moved files are put back.
 */
export function restoreBackup(request: RestoreRequest): RestoreResult {
  const backup = listBackups(request.dataDir).find((candidate) => candidate.name === request.backupName);
  if (!backup) throw new AppError('BACKUP_NOT_FOUND', { name: request.backupName.slice(0, 120) });
  const report = inspectDatabase(backup.path, { nativeBinding: request.nativeBinding });
  if (!report.ok) {
    throw new AppError('BACKUP_DAMAGED', { name: backup.name, problems: report.problems.slice(0, 3).join(';') });
  }
  assertNotNewer(report.userVersion, latestSchemaVersion);
  const movedAsideTo = moveDatabaseAside(request.databasePath, 'before-restore');
  try {
    const source = new Database(backup.path, {
      readonly: true,
      fileMustExist: true,
      ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {}),
    });
    try {
      source.prepare('VACUUM INTO ?').run(request.databasePath);
    } finally {
      source.close();
    }
  } catch (error) {
    if (movedAsideTo) putDatabaseBack(movedAsideTo, request.databasePath);
    throw new AppError('RESTORE_FAILED', { reason: reasonOf(error) });
  }
  return { restoredFrom: backup.path, movedAsideTo };
}

/**
 * restoreBackup, then opens the restored file (migrating an older backup). A copy that passed the checks can still
 * fail to open (a migration that does not apply to it): then it is dropped and the database that was there is put
 * back, so the caller can reopen what it had. The backup itself is untouched either way.
 */
export function restoreBackupAndOpen(request: RestoreRequest): RestoreResult & { db: Db } {
  const restored = restoreBackup(request);
  try {
    const { db } = openDatabase(request.databasePath, { dataDir: request.dataDir, nativeBinding: request.nativeBinding });
    return { ...restored, db };
  } catch (error) {
    // movedAsideTo is null only when there was no database to restore over; nothing then needs putting back.
    if (restored.movedAsideTo) putDatabaseBack(restored.movedAsideTo, request.databasePath);
    throw new AppError('RESTORED_DATABASE_UNUSABLE', { name: request.backupName, reason: reasonOf(error) });
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
