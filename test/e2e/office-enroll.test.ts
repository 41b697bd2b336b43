import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createHandlerContext } from '../../electron/handlers/context';
import { sessionOverFile } from '../../electron/handlers/database-session';
import { importPack } from '../../electron/services/sync/field/pack-import';
import { getTemplate, listTemplates, templateHash, type Template } from '../../shared/domain/templates';
import { startBridgeServer, type BridgeServer } from '../harness/bridge-server';
import { editedFormWorkbook } from '../support/form-workbook';
import { scriptedDialogs, type ScriptedDialogs } from '../harness/scripted-dialogs';
import { KEY_PASSPHRASE, makeWorld, NOW, PASSPHRASE, type Office } from '../integration/sync/sync-fixtures';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { RENDERER_DIR, seriousAxeViolations } from '../support/e2e-app';

// The clerk enrols a laptop (.p12 through 另存为) and sends it a task pack from the 设备 tab; a fresh laptop imports both.
const PIN = '135790';
/** How the pack card offers a form version: title, version, source and the first 12 digits of its hash. */
const optionLabel = (form: Template) =>
  `${form.title} 版本 ${form.version}（${`${form.source.notice} ${form.source.attachment}`.trim()}，摘要 ${templateHash(form).slice(0, 12)}）`;
let world: ReturnType<typeof makeWorld>;
let office: Office;
let dialogs: ScriptedDialogs;
let server: BridgeServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  dialogs = scriptedDialogs();
  const ctx = createHandlerContext(sessionOverFile(office.db, { databasePath: office.path }), {
    databasePath: office.path,
    dataDir: world.temp.dir,
    appVersion: 'test',
    now: () => NOW,
    emit: () => undefined,
    openExternal: async () => undefined,
    chooseOpenFile: dialogs.chooseOpenFile,
    chooseSaveFile: dialogs.chooseSaveFile,
  });
  server = await startBridgeServer({ ctx, rendererDir: RENDERER_DIR });
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  world?.close();
});

describe('设备: enrol a laptop and export its task pack', () => {
  it('enrols with PIN twice and the passphrase; the secrets are cleared; the .p12 is where the dialog said', async () => {
    await page.goto(server.pageUrl);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办公室审核' }).click();
    await page.getByRole('navigation', { name: '办公室审核分页' }).getByRole('link', { name: '设备' }).click();
    await page.getByRole('heading', { name: '登记外业笔记本' }).waitFor();
    await page.getByLabel('核查人员姓名').fill('王五');
    await page.getByLabel('设备编号（字母、数字、- 和 _）').fill('laptop-09');
    await page.getByLabel('设备名称（可不填，默认同设备编号）').fill('九号笔记本（王五）');
    await page.getByLabel('PIN 码（至少 6 位）').fill(PIN);
    await page.getByLabel('再次输入 PIN 码').fill('000000');
    await page.getByLabel('单位口令', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: '登记并保存 .p12…' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('两次输入的 PIN 码不一致');

    await page.getByLabel('再次输入 PIN 码').fill(PIN);
    dialogs.answerNext(world.temp.file('laptop-09.p12'), 'save');
    await page.getByLabel('再次输入 PIN 码').press('Enter');
    const result = page.getByTestId('enroll-result');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('laptop-09.p12');
    expect(await result.textContent()).toContain('交给核查人员');
    expect(await page.getByLabel('PIN 码（至少 6 位）').inputValue()).toBe('');
    expect(await page.getByLabel('单位口令', { exact: true }).inputValue()).toBe('');
    expect(existsSync(world.temp.file('laptop-09.p12'))).toBe(true);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'laptop-09' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'laptop-09' }).textContent()).toContain('九号笔记本（王五）');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'office-enroll');
  });

  it('exports a pack for the enrolled laptop with two filings ticked, each with its form; a fresh laptop imports it with the .p12', async () => {
    await page.getByRole('button', { name: '为 laptop-09 导出任务包' }).click();
    const card = page.getByRole('region', { name: '导出任务包：laptop-09' });
    await card.waitFor();
    const boxes = card.getByTestId('pack-filings').getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    // Each ticked filing asks for its form; the list is the forms the app knows.
    const formSelects = card.getByRole('combobox', { name: /使用的评估表$/ });
    await expect.poll(() => formSelects.count()).toBe(2);
    const [shandong, shanxi] = [getTemplate('shandong-enterprise-2024'), getTemplate('shanxi-renewal-2023')];
    const offered = await formSelects.nth(0).locator('option:not([disabled])').allTextContents();
    expect(offered).toEqual(listTemplates().map(optionLabel));
    await card.getByLabel('单位口令').fill(PASSPHRASE);
    await card.getByRole('button', { name: '导出并保存任务包…' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('请为每个勾选的备案选择评估表');
    await formSelects.nth(0).selectOption({ label: optionLabel(shandong) });
    await formSelects.nth(1).selectOption({ label: optionLabel(shanxi) });
    await screenshot(page, 'office-pack-forms');
    dialogs.answerNext(world.temp.file('laptop-09-1.skp'), 'save');
    await card.getByRole('button', { name: '导出并保存任务包…' }).click();
    const result = page.getByTestId('pack-result');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('laptop-09-1.skp');
    expect(await result.textContent()).toContain('2 项任务');
    expect(await card.getByLabel('单位口令').inputValue()).toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'office-pack-export');

    const { db } = openDatabase(world.temp.file('laptop-09.sqlite'), { create: true });
    try {
      const imported = importPack(db, {
        bytes: readFileSync(world.temp.file('laptop-09-1.skp')),
        pkcs12: readFileSync(world.temp.file('laptop-09.p12')),
        pin: PIN,
        keyPassphrase: KEY_PASSPHRASE,
        now: NOW,
      });
      expect(imported).toMatchObject({ status: 'imported', inspectorName: '王五', assignments: 2 });
      const forms = (db.prepare('SELECT template_id AS id FROM sync_assignments').all() as { id: string }[]).map((row) => row.id).sort();
      expect(forms).toEqual([shandong.id, shanxi.id].sort());
    } finally {
      db.close();
    }
  });

  it('revokes the laptop only with a reason, after a warning; it then shows 已吊销 and offers no task pack', async () => {
    const row = page.getByRole('row').filter({ hasText: 'laptop-09' });
    await page.getByRole('button', { name: '吊销 laptop-09 的证书' }).click();
    const card = page.getByRole('region', { name: '吊销设备证书：laptop-09' });
    await card.waitFor();
    expect(await card.textContent()).toContain('不能撤销');
    expect(await card.textContent()).toContain('九号笔记本（王五）');
    await card.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await row.textContent()).toContain('有效');

    await page.getByRole('button', { name: '吊销 laptop-09 的证书' }).click();
    await card.getByRole('button', { name: '确认吊销' }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toBe('请填写吊销原因。');
    expect(await row.textContent()).toContain('有效');
    await card.getByLabel('吊销原因（必填，如：笔记本遗失）').fill('笔记本在出差途中遗失');
    await screenshot(page, 'office-revoke-confirm');
    await card.getByRole('button', { name: '确认吊销' }).click();
    await expect.poll(() => card.getByTestId('revoke-result').textContent(), { timeout: 15_000 }).toContain('原因：笔记本在出差途中遗失');
    await expect.poll(() => row.textContent()).toContain('已吊销');
    expect(await row.getByRole('button').count()).toBe(0);
    const stored = office.db.prepare("SELECT revoke_reason AS reason FROM sync_certificates WHERE device_key = 'laptop-09'").all();
    expect(stored).toEqual([{ reason: '笔记本在出差途中遗失' }]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'office-revoked');
    expect(problems).toEqual([]);
  });
});

describe('评估表: import a form version and a working calendar', () => {
  it('a bad form file lists its problems; a good one joins the versions; the 2027 test calendar is in use', async () => {
    await page.getByRole('navigation', { name: '办公室审核分页' }).getByRole('link', { name: '评估表' }).click();
    await page.getByRole('heading', { name: '评估表', exact: true }).waitFor();
    const held = office.db.prepare('SELECT hash FROM form_templates ORDER BY hash').all();
    const bad = await editedFormWorkbook('shandong-enterprise-2024', world.temp.file('bad-form.xlsx'), [
      { header: '版本', value: 'e2e.1' },
      { sheet: '项目', cell: 'F2', value: 'zwei' },
    ]);
    dialogs.answerNext(bad, 'open');
    await page.getByRole('button', { name: '导入评估表文件…' }).click();
    await expect.poll(() => page.getByTestId('form-problems').textContent()).toContain('工作表“项目”第 2 行“分值”列（F）：“zwei”不是分值');
    expect(office.db.prepare('SELECT hash FROM form_templates ORDER BY hash').all()).toEqual(held);
    await screenshot(page, 'office-form-problems');

    const form = { ...getTemplate('shanxi-renewal-2023'), version: 'e2e.2' };
    const good = await editedFormWorkbook('shanxi-renewal-2023', world.temp.file('form.xlsx'), [{ header: '版本', value: 'e2e.2' }]);
    dialogs.answerNext(good, 'open');
    await page.getByRole('button', { name: '导入评估表文件…' }).click();
    await expect.poll(() => page.getByTestId('form-import-result').textContent()).toContain('e2e.2');
    await expect
      .poll(() =>
        page
          .getByTestId('form-versions')
          .getByRole('row')
          .filter({ hasText: templateHash(form).slice(0, 12) })
          .count(),
      )
      .toBe(1);

    dialogs.answerNext(resolve(import.meta.dirname, '../fixtures/calendar/test-2027.json'), 'open');
    await page.getByRole('button', { name: '导入工作日历…' }).click();
    await expect.poll(() => page.getByTestId('calendar-import-result').textContent()).toContain('TEST-ONLY-2027.1');
    expect(await page.getByTestId('calendar-versions').textContent()).toContain('正在使用');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'office-forms');
  });
});
