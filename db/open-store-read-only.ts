import { AppError } from '../shared/errors';
import type { Database } from './engine';
import { parseStoreLocation } from './engine/location';
import { assertNotNewer } from './migrate';
import { latestSchemaVersion } from './migrations';
import { connectPostgres } from './open-store';
import { openDatabaseReadOnly } from './read-only';
import { displayLocation } from './store-display';

/**
 * openDatabaseReadOnly for either engine: a file opens read-only as before; a postgres:// URL connects without
 * creating, migrating or registering anything, and refuses an empty, older or newer schema (whose tables would not
 * match the queries). On PostgreSQL nothing stops a write at the connection level: the commands that use this only read.
 */
export function openStoreReadOnly(location: string): Database {
  const parsed = parseStoreLocation(location);
  if (parsed.engine === 'sqlite') return openDatabaseReadOnly(parsed.path);
  const db = connectPostgres(parsed.url);
  try {
    const version = db.schemaVersion();
    if (version === 0) throw new AppError('STORE_NOT_INITIALISED', { target: displayLocation(parsed.url) });
    assertNotNewer(version, latestSchemaVersion);
    if (version < latestSchemaVersion) {
      throw new AppError('DB_OUTDATED', { version, latest: latestSchemaVersion, file: displayLocation(parsed.url) });
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
