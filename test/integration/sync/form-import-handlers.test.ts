import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../electron/handlers/context';
import { listFormTemplates } from '../../../db/repositories/form-templates';
import { templateByHash } from '../../../electron/services/templates/template-store';
import { formPlaceText } from '../../../shared/domain/forms';
import { getTemplate, templateHash } from '../../../shared/domain/templates';
import { errorText } from '../../../shared/errors';
import type { TemplateImportResult } from '../../../shared/ipc/channels/template-import';
import { editedFormWorkbook } from '../../support/form-workbook';
import { scriptedDialogs } from '../../harness/scripted-dialogs';
import { chooseByDialog } from '../../support/dialog-grants';
import { callOk, expectRefused } from '../../support/handler-calls';
import { makeWorld, SHANXI, type Field, type Office } from './sync-fixtures';
import { resolve } from 'node:path';

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
  it('stores an XLSX form (a built-in exported, its version changed) as a new version that sync:forms then lists', async () => {
    const { ctx, dialogs } = officeCtx();
    const file = await editedFormWorkbook(SHANXI, world.temp.file('form.xlsx'), [{ header: '版本', value: 'test-window.1' }]);
    const expected = templateHash({ ...getTemplate(SHANXI), version: 'test-window.1' });
    const path = await chooseByDialog(ctx, dialogs, 'open', 'form', file);
    const result = await callOk<TemplateImportResult>(ctx, 'templates:import', { path });
    expect(result).toMatchObject({ ok: true, hash: expected, version: 'test-window.1', alreadyHeld: false });
    // R-YQ-01: the Shanxi form's 92 ≠ 100 is a warning with its place, not a refusal.
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('FORM_DECLARED_TOTAL');
    const forms = await callOk<{ id: string; version: string; hash: string }[]>(ctx, 'sync:forms', {});
    expect(forms.find((f) => f.hash === expected)?.version).toBe('test-window.1');
    expect(templateByHash(office.db, expected).version).toBe('test-window.1');
    // The same file again changes nothing.
    expect(
      await callOk<TemplateImportResult>(ctx, 'templates:import', { path: await chooseByDialog(ctx, dialogs, 'open', 'form', file) }),
    ).toMatchObject({
      ok: true,
      alreadyHeld: true,
    });
  });

  it('a broken XLSX lists every problem with sheet / row / column and stores nothing', async () => {
    const { ctx, dialogs } = officeCtx();
    const before = listFormTemplates(office.db);
    const file = await editedFormWorkbook('shandong-enterprise-2024', world.temp.file('broken-form.xlsx'), [
      { header: '版本', value: 'test-window.2' },
      { sheet: '项目', cell: 'F2', value: 'zwei' },
    ]);
    const result = await callOk<TemplateImportResult>(ctx, 'templates:import', { path: await chooseByDialog(ctx, dialogs, 'open', 'form', file) });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'FORM_NOT_POINTS', sheet: '项目', row: 2, column: { header: '分值', letter: 'F' } }),
    );
    const first = problems.find((p) => p.code === 'FORM_NOT_POINTS')!;
    expect(formPlaceText(first, 'zh-CN')).toBe('工作表“项目”第 2 行“分值”列（F）');
    expect(errorText(first.code, first.params, 'zh-CN')).toContain('“zwei”不是分值');
    expect(listFormTemplates(office.db)).toEqual(before);
  });

  it('a JSON form still imports; an invalid one lists its problems; another content under a held version is refused', async () => {
    const { ctx, dialogs } = officeCtx();
    const template = { ...getTemplate(SHANXI), version: 'test-window.3' };
    const good = world.temp.file('form.json');
    writeFileSync(good, JSON.stringify(template));
    expect(
      await callOk<TemplateImportResult>(ctx, 'templates:import', { path: await chooseByDialog(ctx, dialogs, 'open', 'form', good) }),
    ).toMatchObject({
      ok: true,
      hash: templateHash(template),
    });
    const before = await callOk<unknown[]>(ctx, 'sync:forms', {});
    const bad = world.temp.file('bad-form.json');
    writeFileSync(bad, JSON.stringify({ ...getTemplate(SHANXI), version: 'test-window.4', sections: 'none' }));
    const result = await callOk<TemplateImportResult>(ctx, 'templates:import', { path: await chooseByDialog(ctx, dialogs, 'open', 'form', bad) });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.at)).toContain('form:sections');
    const clash = world.temp.file('clash.json');
    writeFileSync(clash, JSON.stringify({ ...getTemplate(SHANXI), title: '改过的标题' }));
    await expectRefused(ctx, 'templates:import', { path: await chooseByDialog(ctx, dialogs, 'open', 'form', clash) }, 'TEMPLATE_VERSION_TAKEN');
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
