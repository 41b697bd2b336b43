import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupBeforeChange } from '../../../db/backup';
import { dispatch } from '../../../electron/handlers/dispatch';
import { makeTestContext, type TestContext } from '../../support/context';
import { errorInfoText } from '../../../shared/errors';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const count = (): number => (ctx.db.prepare('SELECT count(*) AS n FROM institutions').get() as { n: number }).n;
const addInstitution = (uscc: string) =>
  ctx.db.prepare(`INSERT INTO institutions (uscc, name, region, created_at, updated_at) VALUES (?, '测试机构', '阳泉市', 'x', 'x')`).run(uscc);

describe('app:backups and app:restoreBackup', () => {
  it('lists backups without their paths and restores one by name, reopening the connection', async () => {
    addInstitution('91140302762680279B');
    backupBeforeChange(ctx.databasePath, ctx.dataDir, 'before-import-institutions');
    addInstitution('911403027626802797');
    expect(count()).toBe(2);

    const listed = await dispatch(ctx, 'app:backups', {});
    expect(listed.ok).toBe(true);
    const backups = listed.ok ? (listed.value as { name: string; reason: string }[]) : [];
    expect(backups).toEqual([
      {
        name: expect.stringMatching(/\.sqlite$/),
        sizeBytes: expect.any(Number),
        createdAt: expect.any(String),
        reason: 'before-import-institutions',
      },
    ]);

    const before = ctx.db;
    const restored = await dispatch(ctx, 'app:restoreBackup', { name: backups[0]?.name });
    expect(restored).toMatchObject({ ok: true, value: { movedAsideTo: expect.stringContaining('.before-restore-') } });
    expect(before.open).toBe(false);
    expect(count()).toBe(1);
  });

  it('a path, an unknown name or a damaged choice is refused in Chinese and the database stays open and unchanged', async () => {
    addInstitution('91140302762680279B');
    for (const name of ['../app.sqlite', '/etc/passwd', 'C:\\x.sqlite', 'nope.sqlite']) {
      const result = await dispatch(ctx, 'app:restoreBackup', { name });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(['INVALID_ARGS', 'BACKUP_NOT_FOUND']).toContain(result.error.code);
        expect(errorInfoText(result.error)).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(count()).toBe(1);
  });
});
