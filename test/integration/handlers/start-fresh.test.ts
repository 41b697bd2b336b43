import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { latestSchemaVersion } from '../../../db/migrations';
import { isDemoDatabase } from '../../../db/repositories/app-meta';
import type { StartFreshOutcome } from '../../../shared/ipc/channels/app';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk, expectRefused } from '../../support/handler-calls';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const institutions = (db = ctx.db): number => (db.prepare('SELECT count(*) AS n FROM institutions').get() as { n: number }).n;
const CONFIRM = { confirmation: '开始使用' };

describe('app:startFresh (leaving the demo)', () => {
  it('backs the demo up, moves it aside and opens an empty, fully migrated database at the same path', async () => {
    createDemoData(ctx.db);
    const demoInstitutions = institutions();
    expect(demoInstitutions).toBeGreaterThan(0);
    const before = ctx.db;

    const outcome = await callOk<StartFreshOutcome>(ctx, 'app:startFresh', CONFIRM);

    expect(before.open).toBe(false);
    expect(ctx.db.open).toBe(true);
    expect(ctx.db.name).toBe(ctx.databasePath);
    expect(institutions()).toBe(0);
    expect(isDemoDatabase(ctx.db)).toBe(false);
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const info = await callOk<{ demo: boolean }>(ctx, 'app:info', {});
    expect(info.demo).toBe(false);
    const settings = await callOk<{ role: string }>(ctx, 'settings:get', {});
    expect(settings.role).toBe('unset');

    // The backup is listed, opens, and still holds the demo.
    expect(outcome.backupName).toMatch(/before-start-fresh\.sqlite$/);
    const listed = await callOk<{ name: string; reason: string }[]>(ctx, 'app:backups', {});
    expect(listed).toContainEqual(expect.objectContaining({ name: outcome.backupName, reason: 'before-start-fresh' }));
    const backup = new Database(join(ctx.dataDir, 'backups', outcome.backupName), { readonly: true, fileMustExist: true });
    try {
      expect(institutions(backup)).toBe(demoInstitutions);
      expect(isDemoDatabase(backup)).toBe(true);
    } finally {
      backup.close();
    }

    // The demo file itself is kept beside the new one, under a time-stamped name.
    expect(outcome.movedAsideTo).toContain('.before-start-fresh-');
    expect(existsSync(outcome.movedAsideTo ?? '')).toBe(true);
    expect(readdirSync(ctx.dataDir).filter((name) => name.startsWith('app.sqlite.before-start-fresh-')).length).toBeGreaterThan(0);
  });

  it('is refused on a database with real data, which stays open and unchanged', async () => {
    ctx.db
      .prepare(`INSERT INTO institutions (uscc, name, region, created_at, updated_at) VALUES ('91140302762680279B', '正式机构', '阳泉市', 'x', 'x')`)
      .run();
    const message = await expectRefused(ctx, 'app:startFresh', CONFIRM, 'NOT_DEMO_DATABASE');
    expect(message).toContain('正式数据');
    expect(ctx.db.open).toBe(true);
    expect(institutions()).toBe(1);
    expect(existsSync(join(ctx.dataDir, 'backups'))).toBe(false);
  });

  it('is refused on an empty database too (nothing to leave) and after the switch (a second click does nothing)', async () => {
    await expectRefused(ctx, 'app:startFresh', CONFIRM, 'NOT_DEMO_DATABASE');
    createDemoData(ctx.db);
    await callOk(ctx, 'app:startFresh', CONFIRM);
    await expectRefused(ctx, 'app:startFresh', CONFIRM, 'NOT_DEMO_DATABASE');
  });

  it('needs the typed word, exactly', async () => {
    createDemoData(ctx.db);
    for (const args of [{}, { confirmation: '开始' }, { confirmation: true }, { ...CONFIRM, extra: 1 }]) {
      await expectRefused(ctx, 'app:startFresh', args, 'INVALID_ARGS');
    }
    expect(isDemoDatabase(ctx.db)).toBe(true);
  });
});
