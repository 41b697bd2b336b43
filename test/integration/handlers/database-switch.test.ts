import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupBeforeChange } from '../../../db/backup';
import { createDemoData } from '../../../db/demo/generate';
import { dispatch } from '../../../electron/handlers/dispatch';
import { deriveHandlerContext, type HandlerContext } from '../../../electron/handlers/context';
import { DatabaseSession } from '../../../electron/handlers/database-session';
import { errorInfoText } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk } from '../../support/handler-calls';

/**
 * app:restoreBackup and app:startFresh swap the database file under a running app. Every context sharing the
 * connection (the window's, the harness's copy of it) must then work on the new file, and the old connection must be
 * closed, not left behind in some copy.
 */
let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const USCC = ['91140302762680279B', '911403027626802797'] as const;
const addInstitution = (uscc: string) =>
  ctx.db.prepare(`INSERT INTO institutions (uscc, name, region, created_at, updated_at) VALUES (?, '测试机构', '阳泉市', 'x', 'x')`).run(uscc);

/** The institutions in the file itself, read through a connection of the test's own. */
function usccsOnDisk(): string[] {
  const reader = new Database(ctx.databasePath, { readonly: true, fileMustExist: true });
  try {
    return (reader.prepare('SELECT uscc FROM institutions ORDER BY uscc').all() as { uscc: string }[]).map((row) => row.uscc);
  } finally {
    reader.close();
  }
}

/** A read channel (institutions 1 and 2) and a write channel, through the given context, both on the file at databasePath. */
async function readAndWriteWork(on: HandlerContext, expectedBefore: string[]): Promise<void> {
  const found: string[] = [];
  for (const id of [1, 2]) {
    const institution = await dispatch(on, 'institutions:get', { id });
    if (institution.ok) found.push((institution.value as { uscc: string }).uscc);
  }
  expect(found.sort()).toEqual([...expectedBefore].sort());
  await callOk(on, 'settings:setInspectorName', { name: '王五' });
  expect((await callOk<{ inspectorName: string }>(on, 'settings:get', {})).inspectorName).toBe('王五');
  const reader = new Database(ctx.databasePath, { readonly: true, fileMustExist: true });
  try {
    expect(reader.prepare(`SELECT count(*) AS n FROM app_meta WHERE value = '王五'`).get()).toEqual({ n: 1 });
  } finally {
    reader.close();
  }
}

describe('switching the database under the handlers', () => {
  it('after app:restoreBackup through a derived context, every context works on the restored file and the old connection is closed', async () => {
    addInstitution(USCC[0]);
    const backup = backupBeforeChange(ctx.databasePath, ctx.dataDir, 'before-import-institutions');
    addInstitution(USCC[1]);
    // The harness dispatches on a copy of the window's context (its own emit); the switch must reach both.
    const harness = deriveHandlerContext(ctx, { emit: () => undefined });
    const before = ctx.db;

    await callOk(harness, 'app:restoreBackup', { name: backup.split('/').pop() });

    expect(before.open).toBe(false);
    expect(ctx.db).toBe(harness.db);
    expect(ctx.db.open).toBe(true);
    await readAndWriteWork(ctx, [USCC[0]]);
    await readAndWriteWork(harness, [USCC[0]]);
    expect(usccsOnDisk()).toEqual([USCC[0]]);
  });

  it('after app:startFresh, every context works on the new empty file and the demo connection is closed', async () => {
    createDemoData(ctx.db);
    const harness = deriveHandlerContext(ctx, { emit: () => undefined });
    const before = ctx.db;

    await callOk(ctx, 'app:startFresh', { confirmation: '开始使用' });

    expect(before.open).toBe(false);
    expect(harness.db).toBe(ctx.db);
    await readAndWriteWork(harness, []);
    await readAndWriteWork(ctx, []);
    expect(usccsOnDisk()).toEqual([]);
  });

  it('a backup that cannot be opened after the copy is refused, and the database that was there is back, open and unchanged', async () => {
    addInstitution(USCC[0]);
    const backup = backupBeforeChange(ctx.databasePath, ctx.dataDir, 'before-import-institutions');
    // Passes the backup's checks (intact, schema not newer) but its last migration fails when it is reopened.
    const broken = new Database(backup);
    broken.pragma('user_version = 8');
    broken.close();
    addInstitution(USCC[1]);

    const result = await dispatch(ctx, 'app:restoreBackup', { name: backup.split('/').pop() });

    expect(result).toMatchObject({ ok: false, error: { code: 'RESTORED_DATABASE_UNUSABLE' } });
    // The window words it from code + params: a plain sentence, not the driver's message.
    expect(result.ok ? '' : errorInfoText(result.error)).toMatch(/[\u4e00-\u9fff]/);
    expect(ctx.db.open).toBe(true);
    await readAndWriteWork(ctx, [...USCC]);
    expect(usccsOnDisk()).toEqual([...USCC].sort());
  });

  it('the test context closes the connection in use after a switch, not only the first one', async () => {
    createDemoData(ctx.db);
    await callOk(ctx, 'app:startFresh', { confirmation: '开始使用' });
    const current = ctx.db;
    ctx.cleanup();
    expect(current.open).toBe(false);
    ctx = makeTestContext();
  });

  it('when even the old file cannot be reopened, the swap reports its own error and every later use says to restart', () => {
    const db = new Database(':memory:');
    const session = new DatabaseSession(db, () => {
      throw new Error('disk gone');
    });
    expect(() =>
      session.swapFile(() => {
        throw new Error('copy failed');
      }),
    ).toThrow('copy failed');
    expect(db.open).toBe(false);
    expect(() => session.current()).toThrow(expect.objectContaining({ code: 'DATABASE_CLOSED', message: expect.stringContaining('重新启动') }));
  });
});
