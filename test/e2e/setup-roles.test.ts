import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';

// A new install opens on the demo. The office clerk leaves it and makes the computer the office's master database;
// an inspector leaves it and goes to 同步 for the first task pack. Neither touches the command line.
let officeApp: E2eApp;
let fieldApp: E2eApp;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  officeApp = await startE2eApp();
  fieldApp = await startE2eApp();
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await officeApp?.close();
  await fieldApp?.close();
});

async function expectAccessible(name: string) {
  expect(await seriousAxeViolations(page), name).toEqual([]);
}

const sidebar = () => page.getByRole('navigation', { name: '主导航' });
const setupCard = () => page.getByRole('region', { name: '开始正式使用' });
const institutionCount = (app: E2eApp) => (app.ctx.db.prepare('SELECT count(*) AS n FROM institutions').get() as { n: number }).n;

/** From the demo banner to an empty database: the link, the explanation, the typed word. */
async function leaveDemo(app: E2eApp, shot: string) {
  await page.goto(app.server.pageUrl);
  await page.locator('.demo-notice').getByRole('link', { name: '要开始正式使用，请到“设置”。' }).click();
  await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
  expect(await setupCard().textContent()).toContain('备份保存在数据目录的 backups 文件夹中');
  await screenshot(page, `${shot}-1-demo-settings`);
  await expectAccessible(`${shot}: demo settings`);

  // A click without the word does nothing but say what is missing.
  await setupCard().getByRole('button', { name: '开始正式使用' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('请在输入框中输入“开始使用”四个字以确认。');
  expect(institutionCount(app)).toBeGreaterThan(0);

  await setupCard().getByLabel('请输入“开始使用”以确认').fill('开始使用');
  await setupCard().getByLabel('请输入“开始使用”以确认').press('Enter');
  await page.getByRole('heading', { level: 3, name: '这台电脑做什么用？' }).waitFor();
  expect(await page.getByTestId('start-fresh-done').textContent()).toMatch(/演示数据已备份为 .*before-start-fresh\.sqlite/);
  // Focus followed the question, not the form that disappeared.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('这台电脑做什么用？');
  expect(await page.locator('.demo-notice').count()).toBe(0);
  expect(await page.locator('.demo-badge').count()).toBe(0);
  expect(await page.getByTestId('settings-role').textContent()).toBe('尚未设置');
  expect(institutionCount(app)).toBe(0);
  await screenshot(page, `${shot}-2-role-choice`);
  await expectAccessible(`${shot}: role choice`);
}

describe('开始正式使用 in 设置', () => {
  it('the office clerk leaves the demo: the banner goes, the institution list is empty', async () => {
    await leaveDemo(officeApp, 'setup-office');
    await sidebar().getByRole('link', { name: '评价机构' }).click();
    await page.getByTestId('institutions-empty').waitFor();
    expect(await page.getByTestId('institutions-empty').textContent()).toContain('暂无评价机构');
    await sidebar().getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { level: 3, name: '这台电脑做什么用？' }).waitFor();
  });

  it('chooses 本单位（办公室）: name and passphrase twice, checked before anything is sent, then 办公室审核', async () => {
    expect(await sidebar().getByRole('link', { name: '办公室审核' }).count()).toBe(0);
    await setupCard()
      .getByRole('button', { name: /本单位（办公室）/ })
      .click();
    const form = page.getByRole('form', { name: '设为本单位' });
    // The form opens with the cursor in its first field.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.placeholder)).toContain('阳泉市');
    expect(await page.getByRole('heading', { level: 3, name: '设为本单位（办公室）' }).count()).toBe(1);
    await form.getByLabel('单位名称').fill('阳泉市人力资源和社会保障局');
    await form.getByLabel('单位口令（至少 8 位）').fill('short');
    await form.getByLabel('再次输入单位口令').fill('short');
    await form.getByRole('button', { name: '设为本单位' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('单位口令至少 8 位。');
    await form.getByLabel('单位口令（至少 8 位）').fill('yangquan-2024');
    await form.getByLabel('再次输入单位口令').fill('yangquan-2025');
    await form.getByRole('button', { name: '设为本单位' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('两次输入的单位口令不一致，请重新输入。');
    await screenshot(page, 'setup-office-3-form-mismatch');
    await expectAccessible('office form');
    expect(await officeApp.ctx.db.prepare(`SELECT value FROM app_meta WHERE key = 'sync_role'`).get()).toBeUndefined();

    await form.getByLabel('单位口令（至少 8 位）').fill('yangquan-2024');
    await form.getByLabel('再次输入单位口令').fill('yangquan-2024');
    await form.getByRole('button', { name: '设为本单位' }).click();
    await sidebar().getByRole('link', { name: '办公室审核' }).waitFor();
    await page.getByRole('heading', { level: 1, name: '办公室审核' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/office/review');
    expect(await sidebar().getByRole('link', { name: '同步' }).count()).toBe(0);
    await screenshot(page, 'setup-office-4-office-review');
    await expectAccessible('office review after setup');

    // 设置 now names the role and offers no second setup.
    await sidebar().getByRole('link', { name: '设置' }).click();
    await expect.poll(() => page.getByTestId('settings-role').textContent()).toBe('单位（办公室）');
    expect(await setupCard().count()).toBe(0);
  });

  it('an inspector leaves the demo and chooses 外业笔记本: lands on 同步, ready for the first task pack', async () => {
    await leaveDemo(fieldApp, 'setup-field');
    await setupCard()
      .getByRole('link', { name: /外业笔记本/ })
      .click();
    await page.getByRole('heading', { level: 1, name: '同步' }).waitFor();
    expect(await page.getByTestId('field-status').textContent()).toContain('尚未设置');
    expect(await page.locator('.notice-info').first().textContent()).toContain('任务包（.skp）和您的证书文件（.p12）由单位发放');
    // No left-over warning about the demo: the pack can be imported into this database now.
    expect(await page.getByText('本机目前装的是演示数据').count()).toBe(0);
    await screenshot(page, 'setup-field-3-sync');
    await expectAccessible('sync after setup');
    expect(problems).toEqual([]);
  });
});
