import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../db/migrations';
import { connectPostgres } from '../../../db/open-store';
import { createHandlerContext, deriveHandlerContext, type HandlerContext } from '../../../electron/handlers/context';
import { DatabaseSession } from '../../../electron/handlers/database-session';
import { dispatch } from '../../../electron/handlers/dispatch';
import { claimRole } from '../../../electron/services/sync/role';
import { officeStoreSettingsPath, readOfficeStoreSettings } from '../../../electron/services/office-store/settings';
import type { ConnectionTestResult, OfficeStoreChoice, OfficeStoreSaved } from '../../../shared/ipc/channels/office-store';
import { errorInfoText } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../../support/context';
import { fixedKeyTestSecrets } from '../../support/fixed-key-test-secrets';
import { callOk, expectRefused } from '../../support/handler-calls';
import { createPostgresDatabase, postgresAdminUrl, postgresDisabled, type TestPostgresDatabase } from '../../support/postgres';

let base: TestContext;
let ctx: HandlerContext;
let target: TestPostgresDatabase;
beforeEach(() => {
  base = makeTestContext();
  ctx = deriveHandlerContext(base, { secrets: fixedKeyTestSecrets() });
  target = createPostgresDatabase('si_storeui');
}, 60_000);
afterEach(() => {
  base.cleanup();
  target.drop();
});

/** The test cluster's server as the form sends it, naming the test's own database. */
function formFor(database: string): { host: string; port: number; database: string; user: string; password: string } {
  const admin = new URL(postgresAdminUrl());
  return {
    host: admin.hostname,
    port: Number(admin.port || 5432),
    database,
    user: decodeURIComponent(admin.username),
    password: decodeURIComponent(admin.password),
  };
}

describe.skipIf(postgresDisabled)('本单位数据库 (officeStore:*)', () => {
  it('officeStore:get is the local file until something is saved', async () => {
    const choice = await callOk<OfficeStoreChoice>(ctx, 'officeStore:get', {});
    expect(choice).toEqual({ engine: 'sqlite', server: null, passwordSaved: false, keychainAvailable: true, runningEngine: 'sqlite' });
  });

  it('测试连接 on an empty database reports the server version and that it is empty, writing nothing', async () => {
    const result = await callOk<ConnectionTestResult>(ctx, 'officeStore:test', formFor(target.name));
    expect(result.serverVersion).toMatch(/^\d+(\.\d+)?/);
    expect(result.contents).toEqual({ kind: 'empty' });
    expect(existsSync(officeStoreSettingsPath(ctx.dataDir))).toBe(false);
  });

  it('a wrong password is STORE_CONNECT_FAILED in Chinese, without the password in the text', async () => {
    const form = { ...formFor(target.name), password: 'wrong-password-xyz' };
    const result = await dispatch(ctx, 'officeStore:test', form);
    expect(result).toMatchObject({ ok: false, error: { code: 'STORE_CONNECT_FAILED' } });
    const text = result.ok ? '' : errorInfoText(result.error);
    expect(text).toContain('无法连接 PostgreSQL 数据库');
    expect(text).not.toContain('wrong-password-xyz');
  });

  it('why a connection failed is said in plain words, in Chinese and in English', async () => {
    const form = formFor(target.name);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: 'wrong-password-xyz' }, '用户名或密码不正确', 'user name or password is wrong'],
      [{ database: 'si_no_such_database' }, '服务器上没有名为 si_no_such_database 的数据库', 'has no database named si_no_such_database'],
      [{ port: 1 }, '该地址和端口上没有数据库服务', 'no database server is listening'],
    ];
    for (const [change, zh, en] of cases) {
      const result = await dispatch(ctx, 'officeStore:test', { ...form, ...change });
      expect(result).toMatchObject({ ok: false, error: { code: 'STORE_CONNECT_FAILED' } });
      if (result.ok) continue;
      expect(errorInfoText(result.error)).toContain(zh);
      expect(errorInfoText(result.error, 'en')).toContain(en);
    }
  }, 60_000);

  it('another program’s tables are reported, and saving onto them is refused with nothing saved', async () => {
    const other = connectPostgres(target.url);
    other.exec('CREATE TABLE customers (id integer PRIMARY KEY)');
    other.close();
    const form = formFor(target.name);
    const result = await callOk<ConnectionTestResult>(ctx, 'officeStore:test', form);
    expect(result.contents).toEqual({ kind: 'foreign', tables: ['customers'] });
    const text = await expectRefused(ctx, 'officeStore:save', { engine: 'postgres', ...form }, 'STORE_NOT_EMPTY');
    expect(text).toContain('customers');
    expect(existsSync(officeStoreSettingsPath(ctx.dataDir))).toBe(false);
  }, 60_000);

  it('保存 initialises an empty database, seals the password, and the file never contains it', async () => {
    const form = formFor(target.name);
    const saved = await callOk<OfficeStoreSaved>(ctx, 'officeStore:save', { engine: 'postgres', ...form });
    expect(saved.initialised).toBe(true);
    expect(saved.restartRequired).toBe(true);
    expect(saved.choice).toMatchObject({ engine: 'postgres', passwordSaved: true, runningEngine: 'sqlite' });
    expect(saved.choice.server).toEqual({ host: form.host, port: form.port, database: form.database, user: form.user });
    const text = readFileSync(officeStoreSettingsPath(ctx.dataDir), 'utf8');
    expect(text).not.toContain(form.password);
    expect(readOfficeStoreSettings(ctx.dataDir)).toMatchObject({ engine: 'postgres', database: target.name });

    const again = await callOk<ConnectionTestResult>(ctx, 'officeStore:test', form);
    expect(again.contents).toEqual({ kind: 'ours', version: latestSchemaVersion, latest: latestSchemaVersion });
  }, 120_000);

  it('without a keychain the choice is saved but the password is not', async () => {
    const noKeychain = deriveHandlerContext(base, { secrets: fixedKeyTestSecrets({ available: false }) });
    const form = formFor(target.name);
    const saved = await callOk<OfficeStoreSaved>(noKeychain, 'officeStore:save', { engine: 'postgres', ...form });
    expect(saved.choice).toMatchObject({ passwordSaved: false, keychainAvailable: false });
    expect(readOfficeStoreSettings(ctx.dataDir)).not.toHaveProperty('passwordSealed');
  }, 120_000);

  it('a field laptop cannot move its store: officeStore:save is refused and nothing is written', async () => {
    claimRole(ctx.db, 'field');
    await expectRefused(ctx, 'officeStore:save', { engine: 'postgres', ...formFor(target.name) }, 'SYNC_ROLE_MISMATCH');
    await expectRefused(ctx, 'officeStore:save', { engine: 'sqlite' }, 'SYNC_ROLE_MISMATCH');
    expect(existsSync(officeStoreSettingsPath(ctx.dataDir))).toBe(false);
  });

  it('going back to 本机 writes the sqlite choice', async () => {
    const saved = await callOk<OfficeStoreSaved>(ctx, 'officeStore:save', { engine: 'sqlite' });
    expect(saved).toMatchObject({ initialised: false, restartRequired: false, choice: { engine: 'sqlite' } });
    expect(JSON.parse(readFileSync(officeStoreSettingsPath(ctx.dataDir), 'utf8'))).toEqual({ engine: 'sqlite' });
  });
});

describe.skipIf(postgresDisabled)('on a PostgreSQL store the SQLite-only file actions refuse', () => {
  it('app:restoreBackup and app:startFresh are STORE_SQLITE_ONLY and the connection stays open', async () => {
    const pg = connectPostgres(target.url);
    const session = new DatabaseSession(pg, () => connectPostgres(target.url));
    const pgCtx = createHandlerContext(session, { ...base, secrets: fixedKeyTestSecrets() });
    try {
      for (const [channel, args] of [
        ['app:restoreBackup', { name: '2024-01-01T00-00-00-000Z-before-import-institutions.sqlite' }],
        ['app:startFresh', { confirmation: '开始使用' }],
      ] as const) {
        const result = await dispatch(pgCtx, channel, args);
        expect(result).toMatchObject({ ok: false, error: { code: 'STORE_SQLITE_ONLY' } });
        expect(result.ok ? '' : errorInfoText(result.error)).toContain('只适用于本机数据库');
      }
      expect(() => session.swapFile(() => ({ db: pg }))).toThrow(/STORE_SQLITE_ONLY|只适用于本机数据库/);
      expect(pg.open).toBe(true);
      expect(existsSync(base.databasePath)).toBe(true);
    } finally {
      session.close();
    }
  });
});
