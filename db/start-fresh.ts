import type { Database as Db } from './engine';
import { AppError } from '../shared/errors';
import { moveDatabaseAside, putDatabaseBack } from './move-aside';
import { openDatabase, type OpenOptions } from './open';

export interface FreshDatabase {
  db: Db;
  /** The replaced file (with its WAL), kept beside the new one. */
  movedAsideTo: string | null;
}

/**
 * Replaces the database at `databasePath` with a new, empty one (all migrations, no data). The caller must have
 * closed every connection to it first. The old file is moved aside, never deleted; when the new one cannot be
 * created the old file is put back, so the caller can reopen what it had.
 */
export function replaceWithEmptyDatabase(databasePath: string, options: Pick<OpenOptions, 'dataDir' | 'nativeBinding'>): FreshDatabase {
  const movedAsideTo = moveDatabaseAside(databasePath, 'before-start-fresh');
  try {
    const { db } = openDatabase(databasePath, { ...options, create: true });
    return { db, movedAsideTo };
  } catch (error) {
    if (movedAsideTo) putDatabaseBack(movedAsideTo, databasePath);
    throw new AppError('START_FRESH_FAILED', { reason: error instanceof Error ? error.message : String(error) });
  }
}
