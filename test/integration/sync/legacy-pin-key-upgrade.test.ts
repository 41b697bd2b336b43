import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { getFieldIdentity, saveFieldIdentity } from '../../../db/repositories/sync-field';
import { unlockField } from '../../../electron/services/sync/field/field-identity';
import type { SafeStorageLike } from '../../../electron/services/sync/field/key-protection';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import type { KeyObject } from 'node:crypto';
import { pbkdf2Iterations } from '../../../electron/services/sync/pki/pbes2';
import { syncStatus } from '../../../electron/services/sync/sync-status';
import { filingsOfYear, KEY_PASSPHRASE, makeWorld, NOW, PIN, SHANXI, type Office } from './sync-fixtures';

// A laptop set up before the local passphrase keeps its key under the 6-digit PIN. The next pack import that brings a
// keychain or a local passphrase moves the key there, so the PIN stops being what protects it at rest.
let world: ReturnType<typeof makeWorld>;
let office: Office;
let filing: number;
const keychain: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0x5a)),
  decryptString: (blob) => Buffer.from([...blob].map((byte) => byte ^ 0x5a)).toString('utf8'),
};

beforeAll(() => {
  world = makeWorld();
  office = world.office();
  [filing] = filingsOfYear(office.db, 2020) as [number];
}, 60_000);
afterAll(() => world.close());

/** As earlier versions wrote it: Node's export, OpenSSL's 2,048 iterations. */
const nodeExport = (key: KeyObject, secret: string) =>
  Buffer.from(key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: secret }).toString(), 'utf8');
const storedIterations = (db: Parameters<typeof getFieldIdentity>[0]) => pbkdf2Iterations(getFieldIdentity(db)?.keyBlob.toString('utf8') ?? '');

/** A laptop as an earlier version left it: key under the PIN (2,048 iterations), marked 'pin'; and the office's next pack for it. */
function legacyLaptop(deviceKey: string, protection: 'pin' | 'passphrase' = 'pin') {
  const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '周八', deviceKey, pin: PIN, now: NOW });
  const pack = () => exportPack(office.db, office.keys, { deviceKey, assignments: withForm([filing], SHANXI), now: NOW, appVersion: 'test' }).bytes;
  const { db } = openDatabase(world.temp.file(`${deviceKey}.sqlite`), { create: true });
  importPack(db, { bytes: pack(), pkcs12: enrolment.pkcs12, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now: NOW });
  const identity = getFieldIdentity(db);
  if (!identity) throw new Error('identity missing');
  const key = unlockField(db, { keyPassphrase: KEY_PASSPHRASE }).key;
  if (protection === 'pin') db.prepare("DELETE FROM app_meta WHERE key = 'sync_key_protection'").run();
  saveFieldIdentity(db, { ...identity, keyProtection: 'pin', keyBlob: nodeExport(key, protection === 'pin' ? PIN : KEY_PASSPHRASE) });
  expect(syncStatus(db).keyProtection).toBe(protection);
  expect(storedIterations(db)).toBe(2048);
  return { db, nextPack: pack() };
}

describe('a key left under the PIN by an earlier version moves off it (issue 19.4c)', () => {
  it('into the local passphrase when the next pack import brings one', () => {
    const { db, nextPack } = legacyLaptop('laptop-u1');
    try {
      expect(importPack(db, { bytes: nextPack, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now: NOW })).toMatchObject({
        status: 'imported',
        keyProtection: 'passphrase',
      });
      expect(syncStatus(db).keyProtection).toBe('passphrase');
      expect(() => unlockField(db, { pin: PIN })).toThrow(expect.objectContaining({ code: 'SYNC_WRONG_SECRET' }) as Error);
      expect(unlockField(db, { keyPassphrase: KEY_PASSPHRASE }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });

  it('into the keychain when one is available', () => {
    const { db, nextPack } = legacyLaptop('laptop-u2');
    try {
      expect(importPack(db, { bytes: nextPack, pin: PIN, safeStorage: keychain, now: NOW })).toMatchObject({
        status: 'imported',
        keyProtection: 'safeStorage',
      });
      expect(unlockField(db, { safeStorage: keychain }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });

  it('refuses a weak local passphrase for the move and keeps the key as it was', () => {
    const { db, nextPack } = legacyLaptop('laptop-u3');
    try {
      expect(() => importPack(db, { bytes: nextPack, pin: PIN, keyPassphrase: 'short', now: NOW })).toThrow(
        expect.objectContaining({ code: 'FIELD_KEY_PASSPHRASE_WEAK' }) as Error,
      );
      expect(syncStatus(db).keyProtection).toBe('pin');
      expect(unlockField(db, { pin: PIN }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });

  it('with nothing else offered, stays under the PIN but is written again at 600,000 iterations', () => {
    const { db, nextPack } = legacyLaptop('laptop-u4');
    try {
      expect(importPack(db, { bytes: nextPack, pin: PIN, now: NOW })).toMatchObject({ status: 'imported', keyProtection: 'pin' });
      expect(storedIterations(db)).toBeGreaterThanOrEqual(600_000);
      expect(unlockField(db, { pin: PIN }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });
});

describe('a key under the local passphrase at the old cost (issue 19.4c)', () => {
  it('is written again at 600,000 iterations by the next pack import', () => {
    const { db, nextPack } = legacyLaptop('laptop-u5', 'passphrase');
    try {
      expect(importPack(db, { bytes: nextPack, keyPassphrase: KEY_PASSPHRASE, now: NOW })).toMatchObject({
        status: 'imported',
        keyProtection: 'passphrase',
      });
      expect(storedIterations(db)).toBeGreaterThanOrEqual(600_000);
      expect(unlockField(db, { keyPassphrase: KEY_PASSPHRASE }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });
});
