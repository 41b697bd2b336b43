import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createHandlerContext } from '../../electron/handlers/context';
import { sessionOverFile } from '../../electron/handlers/database-session';
import { importPack } from '../../electron/services/sync/field/pack-import';
import { startBridgeServer, type BridgeServer } from '../harness/bridge-server';
import { scriptedDialogs, type ScriptedDialogs } from '../harness/scripted-dialogs';
import { makeWorld, NOW, PASSPHRASE, type Office } from '../integration/sync/sync-fixtures';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { RENDERER_DIR, seriousAxeViolations } from '../support/e2e-app';

// The clerk enrols a laptop (.p12 through 另存为) and sends it a task pack from the 设备 tab; a fresh laptop imports both.
const PIN = '135790';
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
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'office-enroll');
  });

  it('exports a pack for the enrolled laptop with two filings ticked; a fresh laptop imports it with the .p12', async () => {
    await page.getByRole('button', { name: '为 laptop-09 导出任务包' }).click();
    const card = page.getByRole('region', { name: '导出任务包：laptop-09' });
    await card.waitFor();
    const boxes = card.getByTestId('pack-filings').getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await card.getByLabel('单位口令').fill(PASSPHRASE);
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
      const imported = importPack(db, { bytes: readFileSync(world.temp.file('laptop-09-1.skp')), pkcs12: readFileSync(world.temp.file('laptop-09.p12')), pin: PIN, now: NOW });
      expect(imported).toMatchObject({ status: 'imported', inspectorName: '王五', assignments: 2 });
    } finally {
      db.close();
    }
    expect(problems).toEqual([]);
  });
});
