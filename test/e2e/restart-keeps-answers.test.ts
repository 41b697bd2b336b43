import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAnswers } from '../../db/repositories/answers';
import { dispatch } from '../../electron/handlers/dispatch';
import { launchBrowser, screenshot } from '../support/browser';
import { richestDemoFiling, startE2eApp, type E2eApp } from '../support/e2e-app';
import { errorInfoText } from '../../shared/errors';

// A crash or forced close mid-scoring: the backend and its database go away and come back on the same file.
let app: E2eApp;
let browser: Browser;
let page: Page;
let inspectionId = 0;

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const target = richestDemoFiling(app.ctx);
  const created = await dispatch(app.ctx, 'inspections:create', {
    institutionId: target.institutionId,
    filingId: target.filingId,
    templateId: 'shanxi-renewal-2023',
    panel: [{ name: '王建国', role: 'lead' }],
    inspectionDate: '2023-09-12',
  });
  if (!created.ok) throw new Error(errorInfoText(created.error));
  inspectionId = (created.value as { id: number }).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function waitSaved() {
  await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

describe('restart mid-scoring', () => {
  it('keeps every answer across a backend restart and reopens the inspection where it was left', async () => {
    await page.goto(`${app.server.pageUrl}#/inspections/${inspectionId}/scoring`);
    await page.getByTestId('section-1').waitFor();
    for (const id of ['1.1.1', '1.2.1', '1.3.1', '2.1.2']) await page.getByTestId(`no-finding-${id}`).click();
    const rule = page.getByTestId('rule-2.1.1-a');
    await rule.getByRole('button').click();
    await rule.getByPlaceholder('问题说明').fill('缺少档案管理岗');
    await rule.getByRole('spinbutton').fill('2');
    await waitSaved();
    const before = await page.getByTestId('live-total').textContent();
    // 2 + 2 + 1 + 1 + (2 − 2 × 0.5)
    expect(before).toBe('7');

    const remembered = await page.evaluate(() => window.localStorage.getItem('skill-inspector:last-route'));
    expect(remembered).toBe(`#/inspections/${inspectionId}/scoring`);
    await app.restart();
    const stored = listAnswers(app.ctx.db, inspectionId).map((a) => a.itemId);
    expect(stored).toEqual(expect.arrayContaining(['1.1.1', '1.2.1', '1.3.1', '2.1.1', '2.1.2']));

    // A new window on the restarted backend opens at the last place (the route is remembered) with every answer.
    const reopened = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // Electron's app://bundle origin survives a restart; the harness gets a new port, so the remembered route is
    // carried over to the new origin by hand (what the window itself stored before the crash).
    await reopened.goto(app.server.pageUrl);
    await reopened.evaluate((hash) => window.localStorage.setItem('skill-inspector:last-route', hash ?? ''), remembered);
    await reopened.goto(app.server.pageUrl);
    await reopened.getByTestId('section-1').waitFor();
    expect(await reopened.getByTestId('live-total').textContent()).toBe(before);
    expect(await reopened.getByTestId('rule-2.1.1-a').getByPlaceholder('问题说明').inputValue()).toBe('缺少档案管理岗');
    await screenshot(reopened, '12-after-restart');
  });
});
