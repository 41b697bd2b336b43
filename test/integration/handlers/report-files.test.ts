import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { setMeta } from '../../../db/repositories/app-meta';
import { listInspections } from '../../../db/repositories/inspections';
import { stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import { SYNC_META } from '../../../electron/services/sync/role';
import type { InspectionDetail } from '../../../shared/ipc/channels/inspections';
import type { ReportFileEntry } from '../../../shared/ipc/channels/report-files';
import type { GeneratedReport } from '../../../shared/ipc/channels/reports';
import type { SettingsInfo } from '../../../shared/ipc/channels/settings';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk, expectRefused } from '../../support/handler-calls';

let ctx: TestContext;
let locked: { id: number; templateId: string };
let draft: { id: number };
beforeEach(() => {
  ctx = makeTestContext({ now: () => new Date('2023-09-12T08:00:00.000Z') });
  createDemoData(ctx.db);
  const inspections = listInspections(ctx.db);
  const found = inspections.find((i) => i.status === 'locked');
  const open = inspections.find((i) => i.status === 'draft');
  if (!found || !open) throw new Error('the demo has a locked and a draft inspection');
  locked = found;
  draft = open;
});
afterEach(() => ctx.cleanup());
afterAll(() => stopPdfWorker());

describe('reports in the window: list, open, print', () => {
  it('lists the inspection’s sheet with each signature as panel members sign in turn, plus its blank form', async () => {
    const sheet = await callOk<GeneratedReport>(ctx, 'reports:generate', { kind: 'sheet', inspectionId: locked.id });
    await callOk<GeneratedReport>(ctx, 'reports:generate', { kind: 'blank', templateId: locked.templateId });
    let list = await callOk<ReportFileEntry[]>(ctx, 'reports:list', { inspectionId: locked.id });
    expect(list.map((r) => r.kind).sort()).toEqual(['blank', 'sheet']);
    expect(list.find((r) => r.kind === 'sheet')).toMatchObject({ file: sheet.file, inspectionId: locked.id, signatures: [], valid: true });
    expect(list.find((r) => r.kind === 'blank')).toMatchObject({ inspectionId: null });

    for (const [inspectorId, signerName] of [
      ['panel-1', '郭建华'],
      ['panel-2', '李晓宁'],
    ] as const) {
      await callOk(ctx, 'reports:sign', { file: sheet.file, inspectionId: locked.id, inspectorId, signerName, passphrase: 'panel-pin-2023' });
    }
    list = await callOk<ReportFileEntry[]>(ctx, 'reports:list', { inspectionId: locked.id });
    expect(list.find((r) => r.file === sheet.file)).toMatchObject({
      valid: true,
      signatures: [
        { signer: '郭建华', valid: true },
        { signer: '李晓宁', valid: true },
      ],
    });
    // Another inspection's list does not show them.
    expect(await callOk<ReportFileEntry[]>(ctx, 'reports:list', { inspectionId: draft.id })).toEqual([]);
  });

  it('a damaged file is listed as not valid rather than failing the list', async () => {
    const sheet = await callOk<GeneratedReport>(ctx, 'reports:generate', { kind: 'sheet', inspectionId: locked.id });
    await callOk(ctx, 'reports:sign', {
      file: sheet.file,
      inspectionId: locked.id,
      inspectorId: 'panel-1',
      signerName: '郭建华',
      passphrase: 'panel-pin-2023',
    });
    const path = join(ctx.dataDir, 'reports', String(locked.id), sheet.file);
    const bytes = readFileSync(path);
    bytes[200] = bytes[200] === 0x41 ? 0x42 : 0x41;
    writeFileSync(path, bytes);
    const list = await callOk<ReportFileEntry[]>(ctx, 'reports:list', { inspectionId: locked.id });
    expect(list[0]).toMatchObject({ file: sheet.file, valid: false });
  });

  it('reports:print uses the print dialog when main has one, the system viewer otherwise, and says so where neither exists', async () => {
    const sheet = await callOk<GeneratedReport>(ctx, 'reports:generate', { kind: 'sheet', inspectionId: locked.id });
    const target = { file: sheet.file, inspectionId: locked.id };
    expect(await callOk(ctx, 'reports:print', target)).toEqual({ method: 'none', cancelled: false });
    expect(await callOk(ctx, 'reports:open', target)).toEqual({ opened: false, file: sheet.file });

    const viewed: string[] = [];
    ctx.openPath = async (path) => void viewed.push(path);
    expect(await callOk(ctx, 'reports:print', target)).toEqual({ method: 'viewer', cancelled: false });
    expect(await callOk(ctx, 'reports:open', target)).toEqual({ opened: true, file: sheet.file });
    expect(viewed).toEqual([sheet.path, sheet.path]);

    const printed: string[] = [];
    ctx.printPdf = async (path) => {
      printed.push(path);
      return { method: 'dialog', cancelled: false };
    };
    expect(await callOk(ctx, 'reports:print', target)).toEqual({ method: 'dialog', cancelled: false });
    expect(printed).toEqual([sheet.path]);
  });

  it('only report files by name: other folders, traversal and missing files are refused', async () => {
    await expectRefused(ctx, 'reports:open', { file: '../skill.pdf' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'reports:print', { file: 'app.sqlite' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'reports:open', { file: 'missing.pdf', inspectionId: locked.id }, 'NOT_FOUND');
    await expectRefused(ctx, 'reports:list', { inspectionId: 99_999 }, 'NOT_FOUND');
  });
});

describe('settings', () => {
  it('the inspector name set in 设置 is who the audit log names for the next change', async () => {
    const before = await callOk<SettingsInfo>(ctx, 'settings:get', {});
    expect(before).toMatchObject({
      inspectorName: null,
      defaultActor: '本机用户',
      nameEditable: true,
      role: 'demo',
      dataDir: ctx.dataDir,
      appVersion: '0.0.0-test',
    });
    const after = await callOk<SettingsInfo>(ctx, 'settings:setInspectorName', { name: '  王  核查 ' });
    expect(after.inspectorName).toBe('王 核查');
    await callOk(ctx, 'inspections:saveAnswer', { inspectionId: draft.id, itemId: 'context', answer: { filingYear: 2019 } });
    const detail = await callOk<InspectionDetail>(ctx, 'inspections:get', { id: draft.id });
    expect(detail.answers.find((a) => a.itemId === 'context')?.updatedBy).toBe('王 核查');
    const actor = ctx.db.prepare('SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { actor: string };
    expect(actor.actor).toBe('王 核查');
  });

  it('refuses an empty name, and any change on a field laptop (the name came with the office’s pack)', async () => {
    await expectRefused(ctx, 'settings:setInspectorName', { name: '   ' }, 'INVALID_ARGS');
    setMeta(ctx.db, SYNC_META.role, 'field');
    expect(await callOk<SettingsInfo>(ctx, 'settings:get', {})).toMatchObject({ role: 'field', nameEditable: false });
    await expectRefused(ctx, 'settings:setInspectorName', { name: '张三' }, 'PROFILE_LOCKED');
  });
});
