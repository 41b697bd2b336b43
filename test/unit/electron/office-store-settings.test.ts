import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSealedPassword, safeStorageSecrets, sealPassword } from '../../../electron/services/office-store/secrets';
import {
  officeStoreSettingsPath,
  parseOfficeStoreSettings,
  postgresUrl,
  readOfficeStoreSettings,
  writeOfficeStoreSettings,
} from '../../../electron/services/office-store/settings';
import { fixedKeyTestSecrets } from '../../support/fixed-key-test-secrets';
import { makeTempDir } from '../../support/temp';

const server = { host: 'db.office.local', port: 5432, database: 'skill_inspector', user: 'office' };
const PASSWORD = 'p@ss:w/rd#密码';
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function tempDir(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('office store settings (office-store.json)', () => {
  it('is the local SQLite file when there is no settings file', () => {
    expect(readOfficeStoreSettings(tempDir())).toEqual({ engine: 'sqlite' });
  });

  it('the file never contains the password: only the keychain-sealed bytes, which open back to it', () => {
    const dir = tempDir();
    const secrets = fixedKeyTestSecrets();
    const passwordSealed = sealPassword(secrets, PASSWORD);
    expect(passwordSealed).toBeDefined();
    writeOfficeStoreSettings(dir, { engine: 'postgres', ...server, passwordSealed });
    const text = readFileSync(officeStoreSettingsPath(dir), 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(text).not.toMatch(/"password"/);
    const read = readOfficeStoreSettings(dir);
    expect(read.engine === 'postgres' && openSealedPassword(secrets, read.passwordSealed)).toBe(PASSWORD);
  });

  it('without a usable keychain the password is not stored at all', () => {
    expect(sealPassword(fixedKeyTestSecrets({ available: false }), PASSWORD)).toBeUndefined();
    expect(sealPassword(undefined, PASSWORD)).toBeUndefined();
    // Linux without a keyring: safeStorage "encrypts" with a fixed key, which is plain text in all but name.
    const basicText = safeStorageSecrets({
      isEncryptionAvailable: () => true,
      encryptString: (text) => Buffer.from(text),
      decryptString: (sealed) => sealed.toString(),
      getSelectedStorageBackend: () => 'basic_text',
    });
    expect(basicText.available()).toBe(false);
    expect(sealPassword(basicText, PASSWORD)).toBeUndefined();
  });

  it('refuses a file with a plain password field, or a postgres choice without its server', () => {
    expect(() => parseOfficeStoreSettings(JSON.stringify({ engine: 'postgres', ...server, password: PASSWORD }))).toThrow();
    expect(() => writeOfficeStoreSettings(tempDir(), { engine: 'postgres', ...server, password: PASSWORD } as never)).toThrow();
    expect(() => parseOfficeStoreSettings(JSON.stringify({ engine: 'postgres', host: 'x' }))).toThrow();
    expect(() => parseOfficeStoreSettings(JSON.stringify({ engine: 'mysql' }))).toThrow();
    expect(() => parseOfficeStoreSettings(JSON.stringify({ ...server, engine: 'postgres', port: 70000 }))).toThrow();
  });

  it('builds the connection URL with every part percent-encoded, and without a password when there is none', () => {
    const url = postgresUrl({ ...server, sslmode: 'require' }, PASSWORD);
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.password)).toBe(PASSWORD);
    expect(parsed.hostname).toBe('db.office.local');
    expect(parsed.port).toBe('5432');
    expect(parsed.pathname).toBe('/skill_inspector');
    expect(parsed.searchParams.get('sslmode')).toBe('require');
    expect(postgresUrl(server)).toBe('postgres://office@db.office.local:5432/skill_inspector');
    expect(postgresUrl({ ...server, host: '::1' })).toBe('postgres://office@[::1]:5432/skill_inspector');
  });
});
