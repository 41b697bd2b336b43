import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import type { ChosenFile } from '../../../shared/ipc/channels/files';
import type { ImportPreview } from '../../../shared/import/preview';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk, expectRefused } from '../../support/handler-calls';
import { fixture } from '../import/fixtures';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

async function chooseOpen(path: string | null, kind = 'xlsx-csv'): Promise<ChosenFile> {
  ctx.dialogs.answerNext(path, 'open');
  return callOk<ChosenFile>(ctx, 'files:chooseOpen', { kind, title: '选择要导入的文件' });
}

async function chooseSave(path: string | null, defaultName = '评价机构名单.xlsx'): Promise<ChosenFile> {
  ctx.dialogs.answerNext(path, 'save');
  return callOk<ChosenFile>(ctx, 'files:chooseSave', { kind: 'xlsx', title: '导出机构名单', defaultName });
}

describe('file dialogs and granted paths', () => {
  it('files:chooseOpen asks with the fixed filter of the kind and grants the chosen file to import:preview only', async () => {
    const chosen = await chooseOpen(fixture('institutions-official.xlsx'));
    expect(chosen).toEqual({ path: fixture('institutions-official.xlsx'), name: 'institutions-official.xlsx' });
    expect(ctx.dialogs.shown).toEqual([{ kind: 'open', title: '选择要导入的文件', extensions: ['xlsx', 'csv'], defaultName: null }]);
    const preview = await callOk<ImportPreview>(ctx, 'import:preview', { kind: 'institutions', path: chosen.path });
    expect(preview.totalRows).toBeGreaterThan(0);
    // Chosen to read, not to write: an export may not overwrite the user's source file.
    await expectRefused(ctx, 'export:institutions', { path: chosen.path }, 'PATH_NOT_GRANTED');
  });

  it('a path that never came from a dialog is PATH_NOT_GRANTED on every import and export channel, database unchanged', async () => {
    const path = fixture('institutions-official.xlsx');
    const message = await expectRefused(ctx, 'import:preview', { kind: 'institutions', path }, 'PATH_NOT_GRANTED');
    expect(message).toContain('institutions-official.xlsx');
    await expectRefused(ctx, 'import:commit', { kind: 'institutions', path, validOnly: true }, 'PATH_NOT_GRANTED');
    await expectRefused(ctx, 'export:institutions', { path: join(ctx.dataDir, 'x.xlsx') }, 'PATH_NOT_GRANTED');
    await expectRefused(ctx, 'export:statistics', { filingId: 1, path: join(ctx.dataDir, 'x.xlsx') }, 'PATH_NOT_GRANTED');
    await expectRefused(ctx, 'import:preview', { kind: 'institutions', path: '/etc/passwd' }, 'PATH_NOT_GRANTED');
    expect(existsSync(join(ctx.dataDir, 'x.xlsx'))).toBe(false);
  });

  it('a granted path does not grant its neighbours (another file, a “..” walk out of it)', async () => {
    await chooseOpen(fixture('institutions-official.xlsx'));
    await expectRefused(ctx, 'import:preview', { kind: 'institutions', path: fixture('institutions-invalid.xlsx') }, 'PATH_NOT_GRANTED');
    const walked = fixture('institutions-official.xlsx/../institutions-invalid.xlsx');
    await expectRefused(ctx, 'import:preview', { kind: 'institutions', path: walked }, 'PATH_NOT_GRANTED');
    // The same file spelt with a harmless “./” is still the chosen one.
    expect(
      (await callOk<ImportPreview>(ctx, 'import:preview', { kind: 'institutions', path: fixture('./institutions-official.xlsx') })).fileName,
    ).toBe('institutions-official.xlsx');
  });

  it('cancelling a dialog grants nothing; a file of another type is refused with a plain message', async () => {
    expect(await chooseOpen(null)).toEqual({ path: null, name: null });
    const message = await (async () => {
      ctx.dialogs.answerNext(join(ctx.dataDir, '照片.png'), 'open');
      return expectRefused(ctx, 'files:chooseOpen', { kind: 'xlsx-csv', title: '选择' }, 'FILE_KIND');
    })();
    expect(message).toContain('照片.png');
    await expectRefused(ctx, 'import:preview', { kind: 'institutions', path: join(ctx.dataDir, '照片.png') }, 'PATH_NOT_GRANTED');
  });

  it('filters and names are never arbitrary: unknown kinds, folders in the suggested name and extra fields are INVALID_ARGS', async () => {
    await expectRefused(ctx, 'files:chooseOpen', { kind: 'exe', title: '选择' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'files:chooseOpen', { kind: 'xlsx', title: '选择', filters: [{ name: 'all', extensions: ['*'] }] }, 'INVALID_ARGS');
    await expectRefused(ctx, 'files:chooseSave', { kind: 'xlsx', title: '导出', defaultName: '../../etc/x.xlsx' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'files:chooseSave', { kind: 'xlsx', title: '导出', defaultName: 'C:\\x.xlsx' }, 'INVALID_ARGS');
    expect(ctx.dialogs.shown).toEqual([]);
  });

  it('without dialogs (no window) the choosers answer DIALOG_UNAVAILABLE', async () => {
    const { chooseOpenFile: _open, chooseSaveFile: _save, ...bare } = ctx;
    await expectRefused(bare, 'files:chooseOpen', { kind: 'xlsx', title: '选择' }, 'DIALOG_UNAVAILABLE');
    await expectRefused(bare, 'files:chooseSave', { kind: 'xlsx', title: '导出', defaultName: 'a.xlsx' }, 'DIALOG_UNAVAILABLE');
  });

  it('files:chooseSave adds the extension, export:institutions writes there, and files:open then opens it', async () => {
    createDemoData(ctx.db);
    const chosen = await chooseSave(join(ctx.dataDir, '名单'));
    expect(chosen.path).toBe(join(ctx.dataDir, '名单.xlsx'));
    expect(ctx.dialogs.shown[0]).toMatchObject({ kind: 'save', defaultName: '评价机构名单.xlsx', extensions: ['xlsx'] });
    // Not opened before it is written: only what was chosen to read, or what the app wrote, opens.
    await expectRefused(ctx, 'files:open', { path: chosen.path }, 'PATH_NOT_GRANTED');
    const exported = await callOk<{ path: string; rows: number }>(ctx, 'export:institutions', {
      path: chosen.path,
      kind: 'enterprise',
      filingYear: 2020,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported.path);
    expect(exported.rows).toBeGreaterThan(0);
    expect(exported.rows).toBeLessThan(21);

    expect(await callOk(ctx, 'files:open', { path: chosen.path })).toEqual({ opened: false, name: '名单.xlsx' });
    const viewed: string[] = [];
    // Grants belong to the context object: give this one a system viewer rather than copying it.
    ctx.openPath = async (path: string) => void viewed.push(path);
    expect(await callOk(ctx, 'files:open', { path: chosen.path })).toEqual({ opened: true, name: '名单.xlsx' });
    expect(viewed).toEqual([chosen.path]);
    await expectRefused(ctx, 'files:open', { path: fixture('institutions-official.xlsx') }, 'PATH_NOT_GRANTED');
    await expectRefused(ctx, 'files:open', { path: ctx.databasePath }, 'PATH_NOT_GRANTED');
    expect(viewed).toHaveLength(1);
  });

  it('files:open of a chosen file that has since gone is NOT_FOUND', async () => {
    const copy = join(ctx.dataDir, 'copy.csv');
    copyFileSync(fixture('institutions-utf8.csv'), copy);
    await chooseOpen(copy);
    rmSync(copy);
    await expectRefused(ctx, 'files:open', { path: copy }, 'NOT_FOUND');
  });
});
