import { connectReasonCode } from './connect-reason';
import { AppError } from '../shared/errors';
import { registerBuiltinFormTemplates } from './builtin-form-templates';
import { parseStoreLocation } from './engine/location';
import { DEFAULT_PG_CONFIG, PgDatabase } from './engine/pg/pg-database';
import type { PgConnectionConfig } from './engine/pg/protocol';
import { migratePostgres } from './migrate-postgres';
import { openDatabase, type OpenedDatabase, type OpenOptions } from './open';

export interface OpenStoreOptions extends OpenOptions {
  /** Connection limits for a PostgreSQL store (tests shorten them). */
  postgres?: Partial<Omit<PgConnectionConfig, 'connectionString'>>;
}

/**
 * Opens the store `location` names: a file path opens SQLite exactly as openDatabase does; a postgres:// URL opens
 * PostgreSQL, refuses a newer schema, and migrates it. As with a file, an empty PostgreSQL database becomes a store
 * only when asked (`create`: office init, db migrate), so a mistyped database name is not silently initialised.
 */
export function openStore(location: string, options: OpenStoreOptions = {}): OpenedDatabase {
  const parsed = parseStoreLocation(location);
  if (parsed.engine === 'sqlite') return openDatabase(parsed.path, options);
  const db = connectPostgres(parsed.url, options.postgres);
  try {
    const created = db.schemaVersion() === 0;
    if (created && !options.create) throw new AppError('STORE_NOT_INITIALISED', { target: db.name });
    const migration = migratePostgres(db);
    registerBuiltinFormTemplates(db);
    return { db, migration, created, backupPath: null };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A connection to `url`, or STORE_CONNECT_FAILED naming the server (never the password) and pg's reason. */
export function connectPostgres(url: string, options: Partial<Omit<PgConnectionConfig, 'connectionString'>> = {}): PgDatabase {
  try {
    return new PgDatabase(url, { ...DEFAULT_PG_CONFIG, ...options });
  } catch (error) {
    const said = error instanceof AppError ? String(error.params.reason ?? error.message) : String(error);
    const cause = error instanceof AppError ? error.params.cause : undefined;
    const reason = connectReasonCode(typeof cause === 'string' ? cause : undefined);
    // A cause without a plain wording keeps the server's own words; a known one needs no English in a Chinese sentence.
    throw new AppError('STORE_CONNECT_FAILED', { target: redacted(url), reason: reason ?? said, database: databaseNameOf(url) });
  }
}

function databaseNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
  } catch {
    return '';
  }
}

function redacted(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
