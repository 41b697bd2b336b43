import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { getFieldIdentity, saveFieldIdentity } from '../../../db/repositories/sync-field';
import { exportBundleToFile } from '../../../electron/services/sync/field/bundle-export';
import { unlockField } from '../../../electron/services/sync/field/field-identity';
import type { SafeStorageLike } from '../../../electron/services/sync/field/key-protection';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { encryptKey } from '../../../electron/services/sync/pki/certificates';
import { syncStatus } from '../../../electron/services/sync/sync-status';
import { filingsOfYear, KEY_PASSPHRASE, makeWorld, NOW, PIN, SHANXI, type Office } from './sync-fixtures';

// Where the OS keychain protects the laptop's key, the 6-digit PIN (it opens the .p12) is all the laptop asks for.
// Where there is no keychain, the key on disk is only as strong as what encrypts it, so a local passphrase of at least
// 12 characters, not only digits, is required instead of the PIN.
let world: ReturnType<typeof makeWorld>;
let office: Office;
let filing: number;

/** A keychain that really encrypts (reversibly, for the test); the key never lands in the database in clear. */
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

function laptop(deviceKey: string) {
  const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '张三', deviceKey, pin: PIN, now: NOW });
  const pack = exportPack(office.db, office.keys, { deviceKey, assignments: withForm([filing], SHANXI), now: NOW, appVersion: 'test' });
  const { db } = openDatabase(world.temp.file(`${deviceKey}.sqlite`), { create: true });
  return { db, pack: pack.bytes, pkcs12: enrolment.pkcs12 };
}

describe('laptop key protection', () => {
  it('without a keychain the first import needs a local passphrase, not the PIN alone; a weak one is refused', () => {
    const { db, pack, pkcs12 } = laptop('laptop-11');
    try {
      const attempt = (keyPassphrase?: string) => () =>
        importPack(db, { bytes: pack, pkcs12, pin: PIN, ...(keyPassphrase ? { keyPassphrase } : {}), now: NOW });
      expect(attempt()).toThrow(expect.objectContaining({ code: 'FIELD_KEY_PASSPHRASE_REQUIRED', params: { min: 12 } }) as Error);
      expect(attempt('short-pass1')).toThrow(expect.objectContaining({ code: 'FIELD_KEY_PASSPHRASE_WEAK' }) as Error);
      expect(attempt('123456789012345')).toThrow(expect.objectContaining({ code: 'FIELD_KEY_PASSPHRASE_WEAK' }) as Error);
      expect(getFieldIdentity(db)).toBeNull();

      expect(attempt(KEY_PASSPHRASE)()).toMatchObject({ status: 'imported', keyProtection: 'passphrase' });
      expect(syncStatus(db)).toMatchObject({ keyProtection: 'passphrase', keychainAvailable: false });
      // The PIN no longer opens the stored key; the passphrase does.
      expect(() => unlockField(db, { pin: PIN })).toThrow(expect.objectContaining({ code: 'SYNC_WRONG_SECRET' }) as Error);
      expect(unlockField(db, { keyPassphrase: KEY_PASSPHRASE }).key.type).toBe('private');
      const out = world.temp.file('laptop-11.skb');
      expect(() => exportBundleToFile(db, out, { pin: PIN, now: NOW, appVersion: 'test', dataDir: world.temp.dir, actor: '张三' })).toThrow(
        expect.objectContaining({ code: 'SYNC_WRONG_SECRET' }) as Error,
      );
      expect(
        exportBundleToFile(db, out, { keyPassphrase: KEY_PASSPHRASE, now: NOW, appVersion: 'test', dataDir: world.temp.dir, actor: '张三' }).sequence,
      ).toBe(1);
      expect(readFileSync(out).length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('with a keychain the PIN stays as today: it opens the .p12, the key goes to the keychain, no passphrase is asked', () => {
    const { db, pack, pkcs12 } = laptop('laptop-12');
    try {
      expect(importPack(db, { bytes: pack, pkcs12, pin: PIN, safeStorage: keychain, now: NOW })).toMatchObject({
        status: 'imported',
        keyProtection: 'safeStorage',
      });
      expect(syncStatus(db, keychain)).toMatchObject({ keyProtection: 'safeStorage', keychainAvailable: true });
      expect(unlockField(db, { safeStorage: keychain }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });

  it('a laptop set up earlier with its key under the 6-digit PIN keeps unlocking with the PIN', () => {
    const { db, pack, pkcs12 } = laptop('laptop-13');
    try {
      importPack(db, { bytes: pack, pkcs12, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now: NOW });
      // As the app stored it before this change: PKCS#8 under the PIN, marked 'pin'.
      const identity = getFieldIdentity(db);
      if (!identity) throw new Error('identity missing');
      const key = unlockField(db, { keyPassphrase: KEY_PASSPHRASE }).key;
      db.prepare("DELETE FROM app_meta WHERE key = 'sync_key_protection'").run();
      saveFieldIdentity(db, { ...identity, keyProtection: 'pin', keyBlob: Buffer.from(encryptKey(key, PIN), 'utf8') });
      expect(syncStatus(db).keyProtection).toBe('pin');
      expect(unlockField(db, { pin: PIN }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });
});
