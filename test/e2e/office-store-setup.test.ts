import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeStoreSettingsPath } from '../../electron/services/office-store/settings';
import { claimRole } from '../../electron/services/sync/role';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';
import { fixedKeyTestSecrets } from '../support/fixed-key-test-secrets';
import { createPostgresDatabase, postgresAdminUrl, postgresDisabled, type TestPostgresDatabase } from '../support/postgres';

// The office clerk moves the office's store to the unit's PostgreSQL server from 设置 → 本单位数据库: tests the
// connection (a wrong password first), saves, and sees that the restart is due. A field laptop has no such card.
let officeApp: E2eApp;
let noKeychainApp: E2eApp;
let fieldApp: E2eApp;
let target: TestPostgresDatabase | undefined;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const WRONG_PASSWORD = 'wrong-password-e2e-7731';

beforeAll(async () => {
  if (!postgresDisabled) target = createPostgresDatabase('si_e2e_store');
  officeApp = await startE2eApp({ demo: false, secrets: fixedKeyTestSecrets() });
  claimRole(officeApp.ctx.db, 'office');
  noKeychainApp = await startE2eApp({ demo: false });
  claimRole(noKeychainApp.ctx.db, 'office');
  fieldApp = await startE2eApp({ demo: false });
  claimRole(fieldApp.ctx.db, 'field');
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await officeApp?.close();
  await noKeychainApp?.close();
  await fieldApp?.close();
  target?.drop();
});

/** The test cluster's server as the clerk types it. */
function server() {
  const admin = new URL(postgresAdminUrl());
  return {
    host: admin.hostname,
    port: admin.port || '5432',
    user: decodeURIComponent(admin.username),
    password: decodeURIComponent(admin.password),
  };
}

const card = () => page.getByRole('region', { name: '本单位数据库' });
const field = (label: string) => card().getByLabel(label, { exact: true });
const alertText = () => card().getByRole('alert').textContent();

async function openSettings(app: E2eApp) {
  await page.goto(app.server.pageUrl);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
}

describe.skipIf(postgresDisabled)('设置 → 本单位数据库 on the office', () => {
  it('starts on 本机; a bad server and a wrong password fail in plain Chinese, the right one finds an empty database', async () => {
    await openSettings(officeApp);
    await card().waitFor();
    expect(await card().getByTestId('office-store-running').textContent()).toBe('本机数据库（SQLite）');
    expect(
      await card()
        .getByRole('radio', { name: /本机（SQLite，单台电脑）/ })
        .isChecked(),
    ).toBe(true);
    // Nothing to fill while the local file is chosen.
    expect(await field('服务器').count()).toBe(0);
    await screenshot(page, 'office-store-1-local');

    await card()
      .getByRole('radio', { name: /PostgreSQL（多台电脑共用）/ })
      .check();
    expect(await field('端口').inputValue()).toBe('5432');
    expect(await card().getByTestId('office-store-password-hint').textContent()).toContain('保存时，密码将加密保存在系统钥匙串中');
    const { host, port, user, password } = server();

    // The contract refuses the server field; the message names it.
    await field('服务器').fill('not a host!');
    await field('数据库名').fill(target!.name);
    await field('用户名').fill(user);
    await field('密码').fill(WRONG_PASSWORD);
    await card().getByRole('button', { name: '测试连接' }).click();
    await expect.poll(alertText).toContain('服务器：服务器地址应为主机名或 IP 地址');
    expect(await field('服务器').getAttribute('aria-invalid')).toBe('true');

    await field('服务器').fill(host);
    await field('端口').fill(port);
    await card().getByRole('button', { name: '测试连接' }).click();
    await expect.poll(alertText, { timeout: 20_000 }).toContain('测试连接失败：无法连接 PostgreSQL 数据库');
    const failure = (await alertText()) ?? '';
    expect(failure).toContain('请检查地址、端口、用户名和密码');
    expect(failure).not.toContain(WRONG_PASSWORD);
    expect(failure).not.toContain(password);
    await screenshot(page, 'office-store-2-wrong-password');

    await field('密码').fill(password);
    await card().getByRole('button', { name: '测试连接' }).click();
    const report = card().getByTestId('office-store-test-result');
    await expect.poll(() => report.textContent(), { timeout: 20_000 }).toMatch(/连接成功：PostgreSQL \d+/);
    expect(await report.textContent()).toContain('空数据库：保存时将创建本程序的表。');
    expect(await card().getByRole('alert').count()).toBe(0);
    await screenshot(page, 'office-store-3-tested');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('保存 creates the tables, says the restart is due, clears the password and keeps it out of the settings file', async () => {
    const { host, port, user, password } = server();
    await card().getByRole('button', { name: '保存' }).click();
    const saved = card().getByTestId('office-store-saved');
    await expect.poll(() => saved.textContent(), { timeout: 60_000 }).toBe('已保存，重新启动程序后生效。已在空数据库中创建表。');
    expect(await card().getByTestId('office-store-restart').textContent()).toBe('已选择“PostgreSQL（多台电脑共用）”，重新启动程序后生效。');
    expect(await field('密码').inputValue()).toBe('');
    await screenshot(page, 'office-store-4-saved');

    const file = readFileSync(officeStoreSettingsPath(officeApp.dataDir), 'utf8');
    expect(file).not.toContain(password);
    expect(JSON.parse(file)).toMatchObject({ engine: 'postgres', host, port: Number(port), database: target!.name, user });
    expect(JSON.parse(file)).toHaveProperty('passwordSealed');

    // Opened again, 设置 shows the saved server, an empty password field and where the password is.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await card()
      .getByRole('radio', { name: /PostgreSQL（多台电脑共用）/ })
      .waitFor();
    expect(
      await card()
        .getByRole('radio', { name: /PostgreSQL（多台电脑共用）/ })
        .isChecked(),
    ).toBe(true);
    expect(await field('服务器').inputValue()).toBe(host);
    expect(await field('端口').inputValue()).toBe(port);
    expect(await field('数据库名').inputValue()).toBe(target!.name);
    expect(await field('用户名').inputValue()).toBe(user);
    expect(await field('密码').inputValue()).toBe('');
    expect(await card().getByTestId('office-store-password-hint').textContent()).toContain('密码已保存在系统钥匙串中');
    expect(await card().getByTestId('office-store-running').textContent()).toBe('本机数据库（SQLite）');
    expect(await card().getByTestId('office-store-restart').count()).toBe(1);
    await screenshot(page, 'office-store-5-reloaded');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Keyboard only: back to 本机 with the arrow key, saved with Enter; no restart is due any more.
    await card()
      .getByRole('radio', { name: /PostgreSQL（多台电脑共用）/ })
      .focus();
    await page.keyboard.press('ArrowLeft');
    expect(
      await card()
        .getByRole('radio', { name: /本机（SQLite，单台电脑）/ })
        .isChecked(),
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('保存');
    await page.keyboard.press('Enter');
    await expect.poll(() => saved.textContent()).toBe('已保存。');
    expect(await card().getByTestId('office-store-restart').count()).toBe(0);
    expect(JSON.parse(readFileSync(officeStoreSettingsPath(officeApp.dataDir), 'utf8'))).toEqual({ engine: 'sqlite' });
  });

  it('without a keychain the card says the password is not stored and comes from PGPASSWORD', async () => {
    await openSettings(noKeychainApp);
    await card()
      .getByRole('radio', { name: /PostgreSQL（多台电脑共用）/ })
      .check();
    const hint = card().getByTestId('office-store-password-hint');
    expect(await hint.textContent()).toContain('密码不会被保存');
    expect(await hint.textContent()).toContain('PGPASSWORD');
    await screenshot(page, 'office-store-6-no-keychain');
  });
});

describe('设置 on a field laptop', () => {
  it('has no 本单位数据库 card: a laptop stays on its SQLite file', async () => {
    await openSettings(fieldApp);
    await expect.poll(() => page.getByTestId('settings-role').textContent()).toBe('外业笔记本');
    expect(await card().count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
