import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importBundle } from '../../electron/services/sync/office/bundle-import';
import { stopPdfWorker } from '../../electron/services/pdf/shared-worker';
import { startBridgeServer, type BridgeServer } from '../harness/bridge-server';
import { prepareOfficeScenario, type OfficeScenario } from '../integration/sync/office-scenario';
import { NOW, PASSPHRASE } from '../integration/sync/sync-fixtures';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { RENDERER_DIR, seriousAxeViolations } from '../support/e2e-app';

// The office clerk's day: one laptop's bundle is already in, the second arrives on a USB stick; review, resolve the
// conflict, print 附件4. Keyboard where a clerk would use it.
let scenario: OfficeScenario;
let server: BridgeServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  scenario = await prepareOfficeScenario();
  importBundle(scenario.office.db, readFileSync(scenario.bundles.zhang), scenario.office.keys, NOW);
  server = await startBridgeServer({ ctx: scenario.officeCtx, rendererDir: RENDERER_DIR });
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await stopPdfWorker();
  scenario?.world.close();
});

async function openTab(name: string) {
  await page.getByRole('navigation', { name: '办公室审核分页' }).getByRole('link', { name }).click();
}

async function expectAccessible(name: string) {
  expect(await seriousAxeViolations(page), name).toEqual([]);
}

const row = (institution: string, device: string) => page.getByRole('row').filter({ hasText: institution }).filter({ hasText: device });

describe('office review in the window', () => {
  it('the sidebar offers 办公室审核 on the office database; devices show the imported sequence', async () => {
    await page.goto(server.pageUrl);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '办公室审核' }).click();
    await page.getByRole('heading', { level: 1, name: '办公室审核' }).waitFor();
    await openTab('设备');
    const laptop1 = page.getByRole('row').filter({ hasText: 'laptop-01' });
    await expect.poll(() => laptop1.textContent()).toContain('有效');
    expect(await laptop1.textContent()).toMatch(/1导出任务包…吊销…$/);
    expect(await page.getByRole('row').filter({ hasText: 'laptop-02' }).textContent()).toContain('尚未导入');
    await expectAccessible('devices');
  });

  it('imports the second laptop’s bundle from a picked file and names the conflict; the first again, chosen in the dialog, is “already imported”', async () => {
    await openTab('导入结果包');
    await page.getByRole('button', { name: '检查并导入' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('单位口令');

    await page.getByTestId('bundle-file').setInputFiles(scenario.bundles.li);
    await page.getByLabel('单位口令').fill(PASSPHRASE);
    await page.getByLabel('只检查，不导入').check();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 15_000 }).toContain('结果包有效：设备 laptop-02');

    await page.getByLabel('只检查，不导入').uncheck();
    await page.getByRole('button', { name: '检查并导入' }).click();
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.getAttribute('data-status'), { timeout: 15_000 }).toBe('imported');
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain('新增 1 份');
    expect(reportText).toMatch(/（Y\d+）/); // the conflict by institution and filing number, not an internal key
    await screenshot(page, 'office-import');
    await expectAccessible('import');

    // A large bundle is chosen in the system dialog instead (main may read only that path); it replaces the picked file.
    scenario.officeDialogs.answerNext(scenario.bundles.zhang, 'open');
    await page.getByRole('button', { name: '选择文件…' }).click();
    await expect.poll(() => page.getByTestId('bundle-chosen').textContent()).toBe('已选择：laptop-01-1.skb');
    expect(await page.getByTestId('bundle-file').inputValue()).toBe('');
    await page.getByRole('button', { name: '检查并导入' }).click();
    await expect.poll(() => report.getAttribute('data-status'), { timeout: 15_000 }).toBe('alreadyImported');
    expect(await report.textContent()).toContain('此结果包以前已导入');
  });

  it('reviews: opens the signed PDF, accepts one, returns one only with a comment (keyboard)', async () => {
    await openTab('审核');
    const items = scenario.office.db.prepare('SELECT count(*) AS n FROM sync_imported_inspections').get() as { n: number };
    await expect.poll(() => page.locator('tbody tr').count()).toBe(items.n);
    expect(await page.locator('tbody .badge', { hasText: /^冲突$/ }).count()).toBe(2);
    // One page of 50 from main (issue 17 §6): the pager says where it stands in the whole list; one page, so no paging.
    const pager = page.getByRole('navigation', { name: '审核记录翻页' });
    expect(await pager.textContent()).toContain(`第 1 / 1 页，第 1–${items.n} 条，共 ${items.n} 条`);
    expect(await pager.getByRole('button', { name: '上一页' }).isDisabled()).toBe(true);
    expect(await pager.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: '打开评分表（PDF）' }).first().click();
    await expect.poll(() => page.getByTestId('opened-signatures').textContent()).toContain('张三（单位签发的证书，有效）');

    const ongoing = scenario.office.db.prepare('SELECT listed_name AS name FROM filings WHERE id = ?').get(scenario.filings.ongoing) as {
      name: string;
    };
    await row(ongoing.name, 'laptop-01').getByRole('button', { name: /^通过/ }).click();
    await expect.poll(() => row(ongoing.name, 'laptop-01').textContent()).toContain('已通过');

    // Accepting laptop-01's version of the contested filing resolves the conflict: neither version shows 冲突 now.
    const renewal = scenario.office.db.prepare('SELECT listed_name AS name FROM filings WHERE id = ?').get(scenario.filings.renewal) as {
      name: string;
    };
    await row(renewal.name, 'laptop-01').getByRole('button', { name: /^通过/ }).click();
    await expect.poll(() => row(renewal.name, 'laptop-01').textContent()).toContain('已通过');
    await expect.poll(() => page.locator('tbody .badge', { hasText: /^冲突$/ }).count()).toBe(0);
    expect(await row(renewal.name, 'laptop-02').textContent()).toContain('待复核');
    await screenshot(page, 'office-review-conflict-resolved');

    const liRow = row(renewal.name, 'laptop-02');
    await liRow.getByRole('button', { name: /^退回/ }).focus();
    await page.keyboard.press('Enter');
    const comment = page.getByLabel('退回意见（必填）');
    await expect.poll(() => comment.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // 确认退回 with nothing written
    await expect.poll(() => liRow.getByRole('alert').textContent()).toBe('请填写退回意见。');
    await screenshot(page, 'office-review-return-form');
    await comment.fill('与 laptop-01 的评分重复，以张三的版本为准。');
    await liRow.getByRole('button', { name: '确认退回' }).click();
    await expect.poll(() => liRow.textContent()).toContain('已退回');
    expect(await liRow.textContent()).toContain('退回意见：与 laptop-01 的评分重复');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('退回');
    await screenshot(page, 'office-review');
    await expectAccessible('review');
  });

  it('shows the conflict side by side, resolved, with no version flagged 冲突', async () => {
    await openTab('冲突');
    const conflict = page.getByTestId('conflict');
    await expect.poll(() => conflict.count()).toBe(1);
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('已处理');
    expect(await conflict.locator('.badge', { hasText: /^冲突$/ }).count()).toBe(0);
    expect(text).toContain('版本 1');
    expect(text).toContain('版本 2');
    expect(text).toContain('laptop-02');
    expect(await conflict.locator('.row-differs').count()).toBe(1); // the inspection date
    expect(await conflict.locator('.row-differs').textContent()).toContain('核查日期');
    await screenshot(page, 'office-conflicts');
    await expectAccessible('conflicts');
  });

  it('summary by filing year with the accepted filings, the others listed as left out; exports the PDF', async () => {
    await openTab('汇总表');
    const table = page.getByRole('table', { name: '评估意见汇总表（附件4）' });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('2021年度备案的机构');
    // The opinion columns come from the form (R-YQ-07): the five 附件4 categories, then the score.
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(5)).toEqual([
      '（一）需终止备案',
      '（二）同意延续备案',
      '（三）暂时不予延续备案',
      '（四）暂停评价活动',
      '（五）正常评价',
      '（六）评估得分',
    ]);
    expect(text).toContain('小计');
    expect(text).toContain('合计');
    expect(await page.getByRole('heading', { name: '未列入汇总的评估' }).count()).toBe(1);
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await expect.poll(() => page.getByTestId('summary-export').textContent(), { timeout: 30_000 }).toMatch(/已导出 summary-\d{8}T\d{6}Z\.pdf/);
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await expect.poll(() => page.getByTestId('summary-export').textContent(), { timeout: 30_000 }).toMatch(/\.xlsx/);
    await screenshot(page, 'office-summary');
    await expectAccessible('summary');
    expect(problems).toEqual([]);
  });
});
