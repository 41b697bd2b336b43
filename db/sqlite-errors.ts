import { AppError } from '../shared/errors';

/** The SQLite result codes (better-sqlite3's SqliteError `.code`) and fs codes that mean "not this file" or "no room". */
const readOnlyCodes = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM']);
const notADatabaseCodes = new Set(['SQLITE_NOTADB']);
const diskFullCodes = new Set(['SQLITE_FULL', 'ENOSPC']);

function errorCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  // Extended codes (SQLITE_READONLY_DBMOVED, SQLITE_CANTOPEN_ISDIR…) belong to their primary code.
  return typeof code === 'string' ? code.replace(/^(SQLITE_[A-Z]+?)_[A-Z_]+$/, '$1') : null;
}

/**
 * The registry error a SQLite or file-system failure on `path` stands for, or null when it is none of these (then the
 * caller keeps its own error: a damaged database stays DB_DAMAGED).
 */
export function fileErrorFor(error: unknown, path: string): AppError | null {
  const code = errorCodeOf(error);
  if (code === null) return null;
  if (readOnlyCodes.has(code)) return new AppError('DB_READ_ONLY', { path });
  if (notADatabaseCodes.has(code)) return new AppError('DB_NOT_A_DATABASE', { path });
  if (diskFullCodes.has(code)) return new AppError('DISK_FULL', { path });
  return null;
}
