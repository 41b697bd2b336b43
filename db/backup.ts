import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database, { type Database as SqliteDb } from 'better-sqlite3';
import { isPostgres, type Database as Db } from './engine';
import { AppError } from '../shared/errors';

/**
 * A consistent copy of a live database through SQLite's online backup API (never a file copy, which can tear
 * a WAL database). Refuses to overwrite an existing file.
 */
export async function backupDatabase(db: SqliteDb, outPath: string): Promise<{ path: string; pages: number }> {
  if (existsSync(outPath)) throw new AppError('BACKUP_EXISTS', { path: outPath });
  const progress = await db.backup(outPath);
  return { path: outPath, pages: progress.totalPages };
}

/** Opens `dbPath` read-only and backs it up to `outPath` (the CLI's `db backup`). */
export async function backupDatabaseFile(dbPath: string, outPath: string, nativeBinding?: string): Promise<{ path: string; pages: number }> {
  if (!existsSync(dbPath)) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_DATABASE_FILE', file: dbPath });
  const source = new Database(dbPath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return await backupDatabase(source, outPath);
  } finally {
    source.close();
  }
}

/**
 * Snapshot taken before a risky change (a migration, an import) into `<dataDir>/backups/`, returning its path.
 *
 * Synchronous on purpose: migrations run inside the synchronous openDatabase at start-up and imports run inside
 * synchronous transactions, while better-sqlite3's backup() is asynchronous. `VACUUM INTO` on a separate read-only
 * connection is SQLite's own synchronous way to write a transactionally consistent copy (it reads through the WAL
 * like any reader, and the source file is never opened for writing), so it keeps the "never a file copy" rule.
 */
export function backupBeforeChange(dbPath: string, dataDir: string, reason: string, nativeBinding?: string): string {
  const folder = join(dataDir, 'backups');
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const slug = reason.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 40) || 'change';
  let target = join(folder, `${stamp}-${slug}.sqlite`);
  for (let n = 2; existsSync(target); n++) target = join(folder, `${stamp}-${slug}-${n}.sqlite`);
  const source = new Database(dbPath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    source.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    throw new AppError('BACKUP_FAILED', { detail: error instanceof Error ? error.message : String(error) });
  } finally {
    source.close();
  }
  return target;
}

/** Full integrity_check before an export: a damaged database must not produce official documents. */
export function assertIntegrity(db: Db): void {
  // PostgreSQL checks its pages itself; integrity_check is SQLite's.
  if (isPostgres(db)) return;
  let problems: string[];
  try {
    const rows = db.pragma('integrity_check') as Record<string, string>[];
    problems = rows.map((row) => Object.values(row)[0] ?? '').filter((text) => text !== 'ok');
  } catch (error) {
    // Badly damaged files make the check itself fail (SQLITE_CORRUPT); that is a failed check too.
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) {
    throw new AppError('DB_DAMAGED', { reason: 'DB_REASON_DAMAGED_ON_EXPORT', problems: problems.slice(0, 5).join(';') }, { problems });
  }
}
