import type { Database } from '../../db/engine';
import { openDatabase } from '../../db/open';
import { AppError } from '../../shared/errors';
import { refuseOnPostgres } from '../services/office-store/sqlite-only';

/**
 * The one owner of the app's connection. Every context built over it (the window's, the harness's copy) reads
 * `current()` at each use, so a swap reaches them all at once; nothing else may close or replace the connection.
 */
export class DatabaseSession {
  #db: Database;
  readonly #reopen: () => Database;

  /** `reopen` opens the file at the database path again; it is used when a swap fails and put the old file back. */
  constructor(db: Database, reopen: () => Database) {
    this.#db = db;
    this.#reopen = reopen;
  }

  current(): Database {
    if (!this.#db.open) throw new AppError('DATABASE_CLOSED');
    return this.#db;
  }

  /**
   * Replaces the file at the database path. The connection is closed first, because the file and its WAL are moved
   * under it (and cannot be moved while open on Windows). `swap` replaces the file and returns an open connection
   * to the new one; if it throws, it must have put the old file back, which is then reopened before the error is
   * passed on, so the window keeps working on what it had.
   */
  swapFile<T extends { db: Database }>(swap: () => T): T {
    // The last guard for every file swap: a PostgreSQL store has no file here, and closing it would end the session.
    refuseOnPostgres(this.#db, '替换数据库文件');
    this.#db.close();
    let swapped: T;
    try {
      swapped = swap();
    } catch (error) {
      try {
        this.#db = this.#reopen();
      } catch (reopenError) {
        // The swap's own error is the one to report; from now on current() says the app must be restarted.
        console.error('[database] the file could not be reopened after a failed swap', reopenError);
      }
      throw error;
    }
    this.#db = swapped.db;
    return swapped;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

/** A session over the app's database file, reopening it with the same options when a swap fails. */
export function sessionOverFile(db: Database, file: { databasePath: string; dataDir?: string; nativeBinding?: string }): DatabaseSession {
  return new DatabaseSession(db, () => openDatabase(file.databasePath, { dataDir: file.dataDir, nativeBinding: file.nativeBinding }).db);
}
