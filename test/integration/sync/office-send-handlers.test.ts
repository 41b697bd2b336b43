import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import type { HandlerContext } from '../../../electron/handlers/context';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { revokeDevice } from '../../../electron/services/sync/office/enroll';
import { listTemplates } from '../../../shared/domain/templates';
import { scriptedDialogs, type ScriptedDialogs } from '../../harness/scripted-dialogs';
import { chooseByDialog } from '../../support/dialog-grants';
import { callOk, expectRefused } from '../../support/handler-calls';
import { filingsOfYear, KEY_PASSPHRASE, makeWorld, NOW, PASSPHRASE, type Field, type Office } from './sync-fixtures';

// sync:enroll and sync:exportPack: the office's `office enroll` and `pack export` from the window. The output goes only
// where the save dialog said; a wrong passphrase or a laptop's database is refused before anything is written.
const NEW_PIN = '135790';
let world: ReturnType<typeof makeWorld>;
let office: Office;
let field: Field;
let filings: number[];

function withDialogs(base: HandlerContext, db: Office | Field): { ctx: HandlerContext; dialogs: ScriptedDialogs } {
  const dialogs = scriptedDialogs();
  return {
    dialogs,
    ctx: { ...base, db: db.db, databasePath: db.path, chooseOpenFile: dialogs.chooseOpenFile, chooseSaveFile: dialogs.chooseSaveFile },
  };
}

beforeAll(() => {
  world = makeWorld();
  office = world.office();
  filings = filingsOfYear(office.db, 2020).slice(0, 2);
  field = world.field(office, 'laptop-01', '张三', [filings[0] as number]);
}, 60_000);
afterAll(() => world?.close());

const enrollArgs = (path: string, passphrase = PASSPHRASE) => ({
  inspectorName: ' 李四 ',
  deviceKey: 'laptop-02',
  deviceLabel: ' 二号笔记本（李四） ',
  pin: NEW_PIN,
  passphrase,
  path,
});
type Status = { devices: { deviceKey: string; label: string; revoked: boolean }[] };

describe('sync:enroll', () => {
  it('an ungranted path is PATH_NOT_GRANTED and nothing is written', async () => {
    const { ctx } = withDialogs(field.ctx, office);
    const target = world.temp.file('not-chosen.p12');
    await expectRefused(ctx, 'sync:enroll', enrollArgs(target), 'PATH_NOT_GRANTED');
    expect(existsSync(target)).toBe(false);
    expect((await callOk<{ devices: { deviceKey: string }[] }>(ctx, 'sync:status', {})).devices.map((d) => d.deviceKey)).not.toContain('laptop-02');
  });

  it('a wrong passphrase, a short PIN or a bad device id is refused and nothing is written', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, office);
    const target = await chooseByDialog(ctx, dialogs, 'save', 'p12', world.temp.file('wrong.p12'));
    const message = await expectRefused(ctx, 'sync:enroll', enrollArgs(target, 'wrong-passphrase'), 'SYNC_WRONG_SECRET');
    expect(message).toContain('单位口令不正确');
    await expectRefused(ctx, 'sync:enroll', { ...enrollArgs(target), pin: '123' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'sync:enroll', { ...enrollArgs(target), deviceKey: '笔记本 1' }, 'INVALID_ARGS');
    expect(existsSync(target)).toBe(false);
  });

  it('a laptop’s database is refused', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, field);
    const target = await chooseByDialog(ctx, dialogs, 'save', 'p12', world.temp.file('on-field.p12'));
    await expectRefused(ctx, 'sync:enroll', enrollArgs(target), 'SYNC_ROLE_MISMATCH');
    await expectRefused(
      ctx,
      'sync:exportPack',
      { deviceKey: 'laptop-01', assignments: [], passphrase: PASSPHRASE, path: target },
      'SYNC_ROLE_MISMATCH',
    );
    expect(existsSync(target)).toBe(false);
  });

  it('writes a .p12 and a pack that a fresh laptop imports with the PIN', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, office);
    const p12 = await chooseByDialog(ctx, dialogs, 'save', 'p12', world.temp.file('laptop-02'));
    expect(p12).toBe(world.temp.file('laptop-02.p12'));
    const enrolled = await callOk<{ path: string; inspectorName: string; serial: string }>(ctx, 'sync:enroll', enrollArgs(p12));
    expect(enrolled).toMatchObject({ path: p12, inspectorName: '李四' });
    expect(readFileSync(p12).length).toBeGreaterThan(0);

    const packPath = await chooseByDialog(ctx, dialogs, 'save', 'sync-pack', world.temp.file('laptop-02-1'));
    expect(packPath).toBe(world.temp.file('laptop-02-1.skp'));
    expect((await callOk<Status>(ctx, 'sync:status', {})).devices.find((d) => d.deviceKey === 'laptop-02')?.label).toBe('二号笔记本（李四）');

    // Each filing with the form the clerk chose for it, from the forms the app knows.
    const forms = await callOk<{ id: string }[]>(ctx, 'sync:forms', {});
    const [first, second] = forms;
    if (!first || !second) throw new Error('two forms expected');
    const exported = await callOk<{ sequence: number; assignments: number; path: string }>(ctx, 'sync:exportPack', {
      deviceKey: 'laptop-02',
      assignments: [
        { filingId: filings[0], templateId: first.id },
        { filingId: filings[1], templateId: second.id },
      ],
      passphrase: PASSPHRASE,
      path: packPath,
    });
    expect(exported).toMatchObject({ sequence: 1, assignments: 2, path: packPath });

    const { db } = openDatabase(world.temp.file('laptop-02.sqlite'), { create: true });
    try {
      const imported = importPack(db, {
        bytes: readFileSync(packPath),
        pkcs12: readFileSync(p12),
        pin: NEW_PIN,
        keyPassphrase: KEY_PASSPHRASE,
        now: NOW,
      });
      expect(imported).toMatchObject({ status: 'imported', sequence: 1, inspectorName: '李四', assignments: 2 });
      const assigned = db.prepare('SELECT filing_id AS filingId, template_id AS templateId FROM sync_assignments ORDER BY filing_id').all();
      expect(assigned).toEqual([
        { filingId: filings[0], templateId: first.id },
        { filingId: filings[1], templateId: second.id },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('sync:exportPack', () => {
  it('an ungranted path is PATH_NOT_GRANTED and nothing is written', async () => {
    const { ctx } = withDialogs(field.ctx, office);
    const target = world.temp.file('not-chosen.skp');
    await expectRefused(
      ctx,
      'sync:exportPack',
      { deviceKey: 'laptop-01', assignments: [], passphrase: PASSPHRASE, path: target },
      'PATH_NOT_GRANTED',
    );
    expect(existsSync(target)).toBe(false);
  });

  it('a wrong passphrase or an unknown device is refused and nothing is written', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, office);
    const target = await chooseByDialog(ctx, dialogs, 'save', 'sync-pack', world.temp.file('wrong.skp'));
    await expectRefused(
      ctx,
      'sync:exportPack',
      { deviceKey: 'laptop-01', assignments: [], passphrase: 'wrong-passphrase', path: target },
      'SYNC_WRONG_SECRET',
    );
    await expectRefused(
      ctx,
      'sync:exportPack',
      { deviceKey: 'laptop-99', assignments: [], passphrase: PASSPHRASE, path: target },
      'SYNC_UNKNOWN_DEVICE',
    );
    expect(existsSync(target)).toBe(false);
  });
});

describe('sync:forms', () => {
  it('lists the forms the app knows: id, printed title and version', async () => {
    const { ctx } = withDialogs(field.ctx, office);
    const forms = await callOk<{ id: string; title: string; version: string }[]>(ctx, 'sync:forms', {});
    expect(forms.map((f) => f.id)).toEqual(listTemplates().map((t) => t.id));
    for (const form of forms) expect(form.title).toMatch(/评估表/);
  });

  it('a form the app does not know is refused and nothing is written', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, office);
    const target = await chooseByDialog(ctx, dialogs, 'save', 'sync-pack', world.temp.file('unknown-form.skp'));
    const args = {
      deviceKey: 'laptop-01',
      assignments: [{ filingId: filings[0], templateId: 'no-such-form' }],
      passphrase: PASSPHRASE,
      path: target,
    };
    await expectRefused(ctx, 'sync:exportPack', args, 'TEMPLATE_NOT_FOUND');
    expect(existsSync(target)).toBe(false);
  });
});

describe('sync:revokeDevice', () => {
  it('needs a reason and a known device; a laptop’s database is refused', async () => {
    const office1 = withDialogs(field.ctx, office).ctx;
    await expectRefused(office1, 'sync:revokeDevice', { deviceKey: 'laptop-01', reason: '' }, 'INVALID_ARGS');
    await expectRefused(office1, 'sync:revokeDevice', { deviceKey: 'laptop-01', reason: '   ' }, 'INVALID_ARGS');
    await expectRefused(office1, 'sync:revokeDevice', { deviceKey: 'laptop-99', reason: '丢失' }, 'SYNC_UNKNOWN_DEVICE');
    await expectRefused(withDialogs(field.ctx, field).ctx, 'sync:revokeDevice', { deviceKey: 'laptop-01', reason: '丢失' }, 'SYNC_ROLE_MISMATCH');
    // The service itself (the CLI's path) refuses a blank reason too.
    expect(() => revokeDevice(office.db, 'laptop-01', '  ', NOW)).toThrow(
      expect.objectContaining({ code: 'OFFICE_REVOKE_REASON_REQUIRED' }) as Error,
    );
  });

  it('revokes the laptop’s certificate with the reason: shown as revoked, no pack can be sent to it', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, office);
    const revoked = await callOk<{ deviceKey: string; certificates: number; reason: string }>(ctx, 'sync:revokeDevice', {
      deviceKey: 'laptop-01',
      reason: ' 笔记本遗失 ',
    });
    expect(revoked).toEqual({ deviceKey: 'laptop-01', certificates: 1, reason: '笔记本遗失' });
    expect((await callOk<Status>(ctx, 'sync:status', {})).devices.find((d) => d.deviceKey === 'laptop-01')?.revoked).toBe(true);
    const stored = office.db.prepare("SELECT revoke_reason AS reason FROM sync_certificates WHERE device_key = 'laptop-01'").all();
    expect(stored).toEqual([{ reason: '笔记本遗失' }]);
    const target = await chooseByDialog(ctx, dialogs, 'save', 'sync-pack', world.temp.file('revoked.skp'));
    await expectRefused(
      ctx,
      'sync:exportPack',
      { deviceKey: 'laptop-01', assignments: [], passphrase: PASSPHRASE, path: target },
      'SYNC_UNKNOWN_DEVICE',
    );
  });
});
