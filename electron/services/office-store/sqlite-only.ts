import { isPostgres, type Database } from '../../../db/engine';
import { AppError } from '../../../shared/errors';

/**
 * Restoring a backup file, starting fresh and the file backups move and copy the SQLite file; on a PostgreSQL store
 * there is no such file, and touching the one left in the data folder would hide the real store. They refuse instead.
 */
export function refuseOnPostgres(db: Database, operation: string): void {
  if (isPostgres(db)) throw new AppError('STORE_SQLITE_ONLY', { operation, target: (db as { name?: string }).name ?? '' });
}
