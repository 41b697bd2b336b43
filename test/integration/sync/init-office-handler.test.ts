import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { setMeta } from '../../../db/repositories/app-meta';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { SYNC_META } from '../../../electron/services/sync/role';
import type { SyncStatus } from '../../../shared/ipc/channels/sync';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk, expectRefused } from '../../support/handler-calls';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => {
  ctx.db.close();
  ctx.cleanup();
});

const OFFICE = { officeName: '阳泉市人力资源和社会保障局', passphrase: 'office-passphrase' };

describe('sync:initOffice (设为本单位 from the window)', () => {
  it('makes a fresh database the office master database, the same as office init', async () => {
    const status = await callOk<SyncStatus>(ctx, 'sync:initOffice', { ...OFFICE, officeName: `  ${OFFICE.officeName} ` });
    expect(status).toMatchObject({ role: 'office', officeName: OFFICE.officeName, devices: [] });
    expect(unlockOffice(ctx.db, OFFICE.passphrase).officeName).toBe(OFFICE.officeName);
    expect(() => unlockOffice(ctx.db, 'wrong-passphrase')).toThrow(expect.objectContaining({ code: 'SYNC_WRONG_SECRET' }));
  });

  it('works after leaving the demo', async () => {
    createDemoData(ctx.db);
    await callOk(ctx, 'app:startFresh', { confirmation: '开始使用' });
    expect((await callOk<SyncStatus>(ctx, 'sync:initOffice', OFFICE)).role).toBe('office');
  });

  it('refuses a second init, a field laptop and the demo, leaving each database unchanged', async () => {
    await callOk(ctx, 'sync:initOffice', OFFICE);
    expect(await expectRefused(ctx, 'sync:initOffice', OFFICE, 'SYNC_ROLE_MISMATCH')).toContain('本单位（办公室）');

    const field = makeTestContext();
    try {
      setMeta(field.db, SYNC_META.role, 'field');
      expect(await expectRefused(field, 'sync:initOffice', OFFICE, 'SYNC_ROLE_MISMATCH')).toContain('外业笔记本');
    } finally {
      field.cleanup();
    }

    const demo = makeTestContext();
    try {
      createDemoData(demo.db);
      expect(await expectRefused(demo, 'sync:initOffice', OFFICE, 'DEMO_DATABASE')).toContain('开始正式使用');
    } finally {
      demo.cleanup();
    }
  });

  it('checks its arguments as office init does: a name, a passphrase of at least 8 characters, nothing else', async () => {
    for (const args of [
      { ...OFFICE, officeName: '   ' },
      { ...OFFICE, passphrase: '1234567' },
      { officeName: OFFICE.officeName },
      { ...OFFICE, confirmPassphrase: OFFICE.passphrase },
    ]) {
      await expectRefused(ctx, 'sync:initOffice', args, 'INVALID_ARGS');
    }
  });
});
