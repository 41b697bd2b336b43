import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fileErrorFor } from '../../../db/sqlite-errors';

/** A real SqliteError with the given code (better-sqlite3 exports the class the driver throws). */
function sqliteError(code: string): Error {
  return new Database.SqliteError('driver message', code);
}

describe('fileErrorFor: SQLite and fs codes become registry errors', () => {
  it.each([
    ['SQLITE_READONLY', 'DB_READ_ONLY'],
    ['SQLITE_READONLY_DBMOVED', 'DB_READ_ONLY'],
    ['SQLITE_CANTOPEN', 'DB_READ_ONLY'],
    ['SQLITE_NOTADB', 'DB_NOT_A_DATABASE'],
    ['SQLITE_FULL', 'DISK_FULL'],
  ])('%s → %s', (code, expected) => {
    const mapped = fileErrorFor(sqliteError(code), '/data/x.sqlite');
    expect(mapped?.code).toBe(expected);
    expect(mapped?.params).toEqual({ path: '/data/x.sqlite' });
  });

  it('ENOSPC from a file write → DISK_FULL', () => {
    const error = Object.assign(new Error('no space left on device'), { code: 'ENOSPC', path: '/out/r.pdf' });
    expect(fileErrorFor(error, '/out/r.pdf')?.code).toBe('DISK_FULL');
  });

  it('leaves damage and unknown errors to the caller', () => {
    expect(fileErrorFor(sqliteError('SQLITE_CORRUPT'), 'x')).toBeNull();
    expect(fileErrorFor(new Error('plain'), 'x')).toBeNull();
    expect(fileErrorFor('text', 'x')).toBeNull();
  });
});
