import Database, { type Database as Db } from 'better-sqlite3';
import { AppError } from '../shared/errors';
import { assertNotNewer, readUserVersion } from './migrate';
import { assertDatabaseFileExists } from './open';
import { latestSchemaVersion } from './migrations';
import { fileErrorFor } from './sqlite-errors';

/**
 * A read-only connection for reports and checks (CLI list/verify commands): never creates, migrates or writes.
 * Refuses a missing file and a schema older or newer than this app's, whose tables would not match the queries.
 */
export function openDatabaseReadOnly(file: string): Db {
  assertDatabaseFileExists(file);
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw fileErrorFor(error, file) ?? error;
  }
  try {
    const version = readUserVersion(db);
    assertNotNewer(version, latestSchemaVersion);
    if (version < latestSchemaVersion) {
      throw new AppError('DB_OUTDATED', { version, latest: latestSchemaVersion, file });
    }
    return db;
  } catch (error) {
    db.close();
    throw fileErrorFor(error, file) ?? error;
  }
}
