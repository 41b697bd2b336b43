import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as SqliteDb } from 'better-sqlite3';
import type { Database as Db } from './engine';
import { AppError } from '../shared/errors';
import { backupBeforeChange } from './backup';
import { registerBuiltinFormTemplates } from './builtin-form-templates';
import { fileErrorFor } from './sqlite-errors';
import { assertNotNewer, migrate, readUserVersion, type MigrationReport } from './migrate';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3 (see electron/main/native-binding.ts); plain Node uses the default. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** Where the pre-migration backup goes (`<dataDir>/backups/`); defaults to the database's folder. */
  dataDir?: string;
  /**
   * Whether a missing file may be created as a new database. Off unless asked: a mistyped path must not silently
   * become an empty database (only `db migrate`, `office init`, `demo` and the app's first launch create one).
   */
  create?: boolean;
}

export interface OpenedDatabase {
  db: Db;
  migration: MigrationReport;
  created: boolean;
  /** Path of the snapshot taken before migrating an existing database, if one was needed. */
  backupPath: string | null;
}

/** The pragmas every connection must run with; asserted after every open (crash safety relies on them). */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: WAL's default NORMAL can lose the last commits on power loss
  foreign_keys: 1,
  trusted_schema: 0,
} as const;

function driverOptions(options: OpenOptions, extra: Database.Options = {}): Database.Options {
  return options.nativeBinding ? { ...extra, nativeBinding: options.nativeBinding } : extra;
}

/** Refuses a database path where no file is, before anything (not even a -wal or -shm file) is created there. */
export function assertDatabaseFileExists(file: string): void {
  if (!existsSync(file)) throw new AppError('DB_FILE_MISSING', { path: file });
}

/**
 * Opens the app database (creating it only with `create: true`): checks an existing file before any write,
 * refuses a newer schema, sets the pragmas, then applies pending migrations in one transaction.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  if (!options.create) assertDatabaseFileExists(file);
  const migrations = options.migrations ?? allMigrations;
  const created = !existsSync(file) || statSync(file).size === 0;
  let existingVersion = 0;
  if (!created) {
    const report = inspectDatabase(file, options);
    if (!report.ok) throw (report.failure && unwritableError(report.failure, file)) ?? damagedError(file, report.problems);
    assertNotNewer(report.userVersion, migrations.length);
    existingVersion = report.userVersion;
  }
  // An existing database about to be migrated is copied first, so a migration bug cannot lose the user's data.
  const backupPath =
    !created && existingVersion < migrations.length
      ? backupBeforeChange(
          file,
          options.dataDir ?? dirname(file),
          `before-migration-v${existingVersion}-to-v${migrations.length}`,
          options.nativeBinding,
        )
      : null;
  let db: SqliteDb;
  try {
    db = new Database(file, driverOptions(options));
  } catch (error) {
    throw unwritableError(error, file) ?? error;
  }
  try {
    applyPragmas(db);
    assertPragmas(db);
    const migration = migrate(db, migrations);
    // Every writable open (app, CLI, harness) holds the built-in forms and pins older inspections; reads never write.
    registerBuiltinFormTemplates(db);
    return { db, migration, created, backupPath };
  } catch (error) {
    db.close();
    throw unwritableError(error, file) ?? error;
  }
}

export function applyPragmas(db: SqliteDb): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
}

/** Reads back the pragmas in force; a mismatch blocks writing (issue: start-up self-check). */
export function assertPragmas(db: SqliteDb): void {
  const wrong: string[] = [];
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = db.pragma(name, { simple: true });
    const normalized = typeof actual === 'string' ? actual.toLowerCase() : actual;
    if (normalized !== expected) wrong.push(`${name}=${String(actual)}(应为 ${String(expected)})`);
  }
  if (wrong.length > 0) {
    throw new AppError('DB_PRAGMAS', { settings: wrong.join(', ') });
  }
}

export interface InspectionReport {
  ok: boolean;
  problems: string[];
  userVersion: number;
  /** The error that stopped the check, if one did (a read-only or non-database file is told apart from damage). */
  failure?: unknown;
}

/** Read-only health check: quick_check by default, the full integrity_check when asked. */
export function inspectDatabase(file: string, options: OpenOptions & { full?: boolean } = {}): InspectionReport {
  if (!existsSync(file)) return { ok: false, problems: ['文件不存在'], userVersion: 0 };
  let db: SqliteDb | undefined;
  try {
    db = new Database(file, driverOptions(options, { readonly: true, fileMustExist: true }));
    const rows = db.pragma(options.full ? 'integrity_check' : 'quick_check') as Record<string, string>[];
    const problems = rows.map((row) => Object.values(row)[0] ?? '').filter((text) => text !== 'ok');
    return { ok: problems.length === 0, problems, userVersion: readUserVersion(db) };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)], userVersion: 0, failure: error };
  } finally {
    db?.close();
  }
}

function damagedError(file: string, problems: string[]): AppError {
  return new AppError('DB_DAMAGED', { reason: 'DB_REASON_DAMAGED_ON_OPEN', file, problems: problems.slice(0, 5).join(';') }, { problems });
}

/**
 * A read-only file or a full disk, told apart from damage. A file that is no database stays DB_DAMAGED here: the app's
 * own database with a broken header is damage (start-up offers the backups); the CLI's read-only opener names it.
 */
function unwritableError(error: unknown, file: string): AppError | null {
  const told = fileErrorFor(error, file);
  return told?.code === 'DB_NOT_A_DATABASE' ? null : told;
}
