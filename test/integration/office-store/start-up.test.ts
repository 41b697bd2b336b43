import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { isPostgres } from '../../../db/engine';
import { openOfficeStore, storeFailureDialog, type StoreFailureChoice } from '../../../electron/main/open-office-store';
import { sealPassword } from '../../../electron/services/office-store/secrets';
import { readOfficeStoreSettings, writeOfficeStoreSettings } from '../../../electron/services/office-store/settings';
import { fixedKeyTestSecrets } from '../../support/fixed-key-test-secrets';
import { openPostgresTestStore, postgresAdminUrl, postgresDisabled } from '../../support/postgres';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const secrets = fixedKeyTestSecrets();
function clusterServer(database: string) {
  const admin = new URL(postgresAdminUrl());
  return {
    server: { host: admin.hostname, port: Number(admin.port || 5432), database, user: decodeURIComponent(admin.username) },
    password: decodeURIComponent(admin.password),
  };
}
function openLocal(path: string) {
  return () => ({ kind: 'opened' as const, opened: openDatabase(path, { create: true }), restoredFrom: null });
}

describe('start-up opens the store office-store.json names', () => {
  it('no settings file: the local SQLite file, as before', () => {
    const outcome = openOfficeStore({ dataDir: temp.dir, secrets, openLocal: openLocal(temp.file('a.sqlite')), askOnFailure: () => 'quit' });
    expect(outcome).toMatchObject({ kind: 'opened', engine: 'sqlite' });
    if (outcome.kind === 'opened') outcome.opened.db.close();
  });

  it.skipIf(postgresDisabled)(
    'postgres settings: connects with the password opened from the keychain',
    () => {
      const store = openPostgresTestStore();
      store.db.close();
      try {
        const { server, password } = clusterServer(store.database.name);
        writeOfficeStoreSettings(temp.dir, { engine: 'postgres', ...server, passwordSealed: sealPassword(secrets, password) });
        const outcome = openOfficeStore({ dataDir: temp.dir, secrets, openLocal: openLocal(temp.file('a.sqlite')), askOnFailure: () => 'quit' });
        expect(outcome).toMatchObject({ kind: 'opened', engine: 'postgres' });
        if (outcome.kind === 'opened') {
          expect(isPostgres(outcome.opened.db)).toBe(true);
          outcome.opened.db.close();
        }
      } finally {
        store.database.drop();
      }
    },
    120_000,
  );

  it('an unreachable server asks 重试 / 改用本机数据库; 改用本机 rewrites the choice and opens the file', () => {
    writeOfficeStoreSettings(temp.dir, { engine: 'postgres', host: '127.0.0.1', port: 1, database: 'office', user: 'office' });
    const asked: string[] = [];
    const answers: StoreFailureChoice[] = ['retry', 'local'];
    const outcome = openOfficeStore({
      dataDir: temp.dir,
      secrets,
      openLocal: openLocal(temp.file('a.sqlite')),
      askOnFailure: (problem, location) => {
        asked.push(`${location}: ${problem}`);
        return answers.shift() ?? 'quit';
      },
    });
    expect(asked).toHaveLength(2);
    expect(asked[0]).toContain('postgres://office@127.0.0.1:1/office');
    expect(asked[0]).toContain('无法连接 PostgreSQL 数据库');
    expect(outcome).toMatchObject({ kind: 'opened', engine: 'sqlite' });
    expect(readOfficeStoreSettings(temp.dir)).toEqual({ engine: 'sqlite' });
    if (outcome.kind === 'opened') outcome.opened.db.close();
    expect(storeFailureDialog('x', 'y').buttons).toEqual(['重试', '改用本机数据库', '退出']);
  }, 60_000);

  it('退出 opens nothing', () => {
    writeOfficeStoreSettings(temp.dir, { engine: 'postgres', host: '127.0.0.1', port: 1, database: 'office', user: 'office' });
    const outcome = openOfficeStore({ dataDir: temp.dir, secrets, openLocal: openLocal(temp.file('a.sqlite')), askOnFailure: () => 'quit' });
    expect(outcome.kind).toBe('declined');
    expect(readOfficeStoreSettings(temp.dir).engine).toBe('postgres');
  }, 60_000);
});
