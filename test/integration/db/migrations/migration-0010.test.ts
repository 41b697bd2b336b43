import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

/** Stands in for a stored .p12: large enough to spill onto overflow pages, and easy to find in the raw file. */
const STORED_P12 = Buffer.from('STORED-P12-PRIVATE-KEY-'.repeat(300), 'ascii');

/** A version-9 office database holding an issued certificate with its .p12, then exactly 0010. */
function migratedFromVersion9() {
  const file = temp.file('v9.sqlite');
  const old = seededAtVersion(file, 9, temp.dir);
  old.db.prepare(`UPDATE sync_certificates SET pkcs12 = ?, revoked_at = 'then', revoke_reason = '丢失'`).run(STORED_P12);
  const before = old.db
    .prepare('SELECT serial, device_key, inspector_id, certificate_pem, issued_at, not_after, revoked_at, revoke_reason FROM sync_certificates')
    .all();
  old.db.close();
  expect(readFileSync(file).includes(STORED_P12.subarray(0, 200))).toBe(true);
  const opened = openAtVersion(file, 10, temp.dir);
  return { file, before, ...opened };
}

describe('migration 0010: the office no longer keeps the .p12 it handed out (issue 19.4a)', () => {
  it('drops the pkcs12 column and keeps every certificate, its revocation and reason', () => {
    const { db, migration, before } = migratedFromVersion9();
    expect(migration.applied).toEqual(['0010-drop-issued-pkcs12']);
    expect(db.prepare(`SELECT name FROM pragma_table_info('sync_certificates')`).pluck().all()).not.toContain('pkcs12');
    expect(db.prepare('SELECT * FROM sync_certificates').all()).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('switches secure_delete off again: the connection the migration ran on stays as fast as before', () => {
    const { db } = migratedFromVersion9();
    expect(db.pragma('secure_delete', { simple: true })).toBe(0);
    db.close();
  });

  it('leaves no copy of the stored .p12 anywhere in the database file (the freed pages are zeroed)', () => {
    const { db, file } = migratedFromVersion9();
    db.close();
    const raw = readFileSync(file);
    expect(raw.includes(Buffer.from('STORED-P12-PRIVATE-KEY-', 'ascii'))).toBe(false);
  });
});
