import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../electron/handlers/context';
import { getTemplate, templateHash } from '../../../shared/domain/templates';
import { scriptedDialogs } from '../../harness/scripted-dialogs';
import { chooseByDialog } from '../../support/dialog-grants';
import { callOk, expectRefused } from '../../support/handler-calls';
import { makeWorld, SHANXI, type Field, type Office } from './sync-fixtures';
import { resolve } from 'node:path';
import { readFormFile } from '../../../electron/services/forms/read-form-file';
import { formWorkbook } from '../../../electron/services/forms/write-form-file';
import type { Template } from '../../../shared/domain/templates';

// The office window's 评估表 tab: templates:import, calendar:import / calendar:list, and sync:forms listing versions.
let world: ReturnType<typeof makeWorld>;
let office: Office;
let field: Field;

function officeCtx(): { ctx: HandlerContext; dialogs: ReturnType<typeof scriptedDialogs> } {
  const dialogs = scriptedDialogs();
  return {
    dialogs,
    ctx: { ...field.ctx, db: office.db, databasePath: office.path, chooseOpenFile: dialogs.chooseOpenFile, chooseSaveFile: dialogs.chooseSaveFile },
  };
}

beforeAll(() => {
  world = makeWorld();
  office = world.office();
  field = world.field(office, 'laptop-01', '张三', []);
}, 60_000);
afterAll(() => world?.close());

describe('templates:import', () => {
  it('stores a valid form as a new version that sync:forms then lists with its hash', async () => {
    const { ctx, dialogs } = officeCtx();
    const template = { ...getTemplate(SHANXI), version: 'test-window.1' };
    const file = world.temp.file('form.json');
    writeFileSync(file, JSON.stringify(template));
    const path = await chooseByDialog(ctx, dialogs, 'open', 'form', file);
    const result = await callOk<{ ok: boolean; hash: string }>(ctx, 'templates:import', { path });
    expect(result).toMatchObject({ ok: true, hash: templateHash(template), version: 'test-window.1', alreadyHeld: false });
    const forms = await callOk<{ id: string; version: string; hash: string }[]>(ctx, 'sync:forms', {});
    expect(forms.find((f) => f.hash === templateHash(template))?.version).toBe('test-window.1');
  });

  it('an invalid form lists its problems and stores nothing; another content under a held version is refused', async () => {
    const { ctx, dialogs } = officeCtx();
    const before = await callOk<unknown[]>(ctx, 'sync:forms', {});
    const bad = world.temp.file('bad-form.json');
    writeFileSync(bad, JSON.stringify({ ...getTemplate(SHANXI), version: 'test-window.2', sections: 'none' }));
    const result = await callOk<{ ok: boolean; errors: { message: string; path?: string }[] }>(ctx, 'templates:import', {
      path: await chooseByDialog(ctx, dialogs, 'open', 'form', bad),
    });
    expect(result.ok).toBe(false);
    expect(result.errors[0]?.path).toMatch(/sections$/); // the Problem's locator (form:sections)
    const clash = world.temp.file('clash.json');
    writeFileSync(clash, JSON.stringify({ ...getTemplate(SHANXI), title: '改过的标题' }));
    await expectRefused(ctx, 'templates:import', { path: await chooseByDialog(ctx, dialogs, 'open', 'form', clash) }, 'FORM_VERSION_TAKEN');
    expect(await callOk<unknown[]>(ctx, 'sync:forms', {})).toEqual(before);
  });
  it('imports an XLSX workbook as templates check reads it; a wrong workbook names sheet, row and column', async () => {
    const { ctx, dialogs } = officeCtx();
    const xlsx = resolve(import.meta.dirname, '../../fixtures/forms/city-social-org-2026.xlsx');
    const { template } = await readFormFile(xlsx);
    const result = await callOk(ctx, 'templates:import', { path: await chooseByDialog(ctx, dialogs, 'open', 'form', xlsx) });
    expect(result).toMatchObject({ ok: true, id: 'test-city-social-org', version: '2026.1', hash: templateHash(template as Template) });

    const before = await callOk<unknown[]>(ctx, 'sync:forms', {});
    const broken = world.temp.file('broken-form.xlsx');
    const workbook = formWorkbook({ ...(template as Template), version: '2026.9' });
    const items = workbook.getWorksheet('项目');
    if (!items) throw new Error('no 项目 sheet');
    items.getCell('F2').value = 'abc'; // 分值 of A1
    await workbook.xlsx.writeFile(broken);
    const refused = await callOk<{ ok: boolean; errors: { sheet?: string; row?: number; column?: string; message: string }[] }>(
      ctx,
      'templates:import',
      {
        path: await chooseByDialog(ctx, dialogs, 'open', 'form', broken),
      },
    );
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]).toMatchObject({ sheet: '项目', row: 2 });
    expect(refused.errors[0]?.column).toContain('F');
    expect(await callOk<unknown[]>(ctx, 'sync:forms', {})).toEqual(before);
  });
});

describe('calendar:import', () => {
  it('imports the 2027 test calendar; calendar:list and calendar:current show it in use', async () => {
    const { ctx, dialogs } = officeCtx();
    const path = await chooseByDialog(ctx, dialogs, 'open', 'calendar', resolve(import.meta.dirname, '../../fixtures/calendar/test-2027.csv'));
    const stored = await callOk<{ version: string; coveredYears: number[] }>(ctx, 'calendar:import', { path });
    expect(stored.version).toBe('TEST-ONLY-2027.csv');
    expect(stored.coveredYears).toContain(2027);
    const list = await callOk<{ version: string; inUse: boolean }[]>(ctx, 'calendar:list', {});
    expect(list.filter((c) => c.inUse).map((c) => c.version)).toEqual(['TEST-ONLY-2027.csv']);
    expect((await callOk<{ version: string }>(ctx, 'calendar:current', {})).version).toBe('TEST-ONLY-2027.csv');
  });
});
