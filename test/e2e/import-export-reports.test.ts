import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInspections } from '../../db/repositories/inspections';
import { dispatch } from '../../electron/handlers/dispatch';
import { stopPdfWorker } from '../../electron/services/pdf/shared-worker';
import type { InspectionDetail } from '../../shared/ipc/channels/inspections';
import type { Api } from '../../shared/ipc/contract';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';
import { fixture } from '../integration/import/fixtures';

// An office clerk imports the Excel list, exports it back, and the panel signs and prints the demo's finished sheet.
let app: E2eApp;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let locked: { id: number };
let draft: { id: number };

beforeAll(async () => {
  app = await startE2eApp();
  const inspections = listInspections(app.ctx.db);
  const l = inspections.find((i) => i.status === 'locked');
  const d = inspections.find((i) => i.status === 'draft');
  if (!l || !d) throw new Error('the demo has a locked and a draft inspection');
  locked = l;
  draft = d;
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await stopPdfWorker();
});

async function expectAccessible(name: string) {
  expect(await seriousAxeViolations(page), name).toEqual([]);
}

async function readBack(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const sidebar = () => page.getByRole('navigation', { name: '主导航' });

describe('import, export and reports in the window', () => {
  it('imports the official institution list: preview with the header row and columns, then a progress bar to 完成', async () => {
    await page.goto(app.server.pageUrl);
    await sidebar().getByRole('link', { name: '导入' }).click();
    await page.getByRole('heading', { level: 1, name: '从 Excel 导入' }).waitFor();
    expect(await page.getByRole('radio', { name: /评价机构名单/ }).isChecked()).toBe(true);
    await expectAccessible('import, nothing chosen');

    app.dialogs.answerNext(fixture('institutions-official.xlsx'), 'open');
    await page.getByRole('button', { name: '选择文件…' }).click();
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('institutions-official.xlsx');
    expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'open', extensions: ['xlsx', 'csv'], title: '选择要导入的评价机构名单' });
    const summaryText = (await summary.textContent()) ?? '';
    expect(summaryText).toMatch(/第 \d+ 行为表头/);
    expect(summaryText).toContain('全部无误');
    const preview = page.getByTestId('import-preview');
    expect(await preview.getByRole('columnheader', { name: '统一社会信用代码' }).count()).toBe(1);
    expect(await preview.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await preview.locator('tbody tr').count()).toBeLessThanOrEqual(20);
    await screenshot(page, 'import-1-preview');
    await expectAccessible('import preview');

    // What main sends while it works reaches the window as import:progress events (the bar's source).
    await page.evaluate(() => {
      const w = window as unknown as { api: Api; seenPhases: string[] };
      w.seenPhases = [];
      w.api.on('import:progress', (p) => w.seenPhases.push(p.phase));
    });
    const submit = page.getByRole('button', { name: /^导入 \d+ 行$/ });
    await submit.click();
    const bar = page.getByTestId('import-progress');
    await expect.poll(() => bar.getAttribute('data-phase'), { timeout: 30_000 }).toBe('done');
    expect(await bar.locator('progress').getAttribute('value')).toBe('100');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seenPhases: string[] }).seenPhases))
      .toEqual(expect.arrayContaining(['reading', 'validating', 'writing', 'done']));
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.textContent()).toMatch(/新增 \d+ 条，更新 \d+ 条/);
    await screenshot(page, 'import-2-done');
    await expectAccessible('import done');
  });

  it('an invalid file shows its problem rows and the reasons; 导入 is refused until 只导入有效行 is ticked', async () => {
    app.dialogs.answerNext(fixture('institutions-invalid.xlsx'), 'open');
    await page.getByRole('button', { name: '再导入一个文件' }).click();
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('institutions-invalid.xlsx');
    expect(await summary.textContent()).toContain('有 5 行有问题');
    expect(await page.locator('tr[data-invalid]').count()).toBe(5);
    const errors = page.getByTestId('import-errors');
    expect(await errors.locator('li').count()).toBe(5);
    expect(await errors.textContent()).toMatch(/第 \d+ 行，“统一社会信用代码”：/);
    // The row says the reason once, not “统一社会信用代码:统一社会信用代码校验位错误”.
    const checkCell = page.locator('tr[data-invalid]').first().locator('td.row-check');
    expect(await checkCell.textContent()).toMatch(/^统一社会信用代码校验位错误/);

    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('未导入任何数据');
    await screenshot(page, 'import-3-invalid');
    await expectAccessible('import invalid');
    await page.getByLabel(/只导入有效行/).check();
    expect(await page.getByRole('button', { name: '只导入 2 行有效行' }).count()).toBe(1);
  });

  it('a path the window never chose is refused by main, whatever the page asks', async () => {
    const answer = await page.evaluate(() =>
      (window as unknown as { api: Api }).api.invoke['import:preview']({ kind: 'institutions', path: '/etc/passwd' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
  });

  it('exports the filtered institution list through the save dialog; the file holds what the list shows', async () => {
    await sidebar().getByRole('link', { name: '评价机构' }).click();
    await page.getByRole('heading', { level: 1, name: '评价机构' }).waitFor();
    await page.getByLabel('机构类别').selectOption({ label: '自主评价企业' });
    const shown = Number(/符合条件 (\d+) 条/.exec((await page.getByTestId('institutions-count').textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);

    const path = join(app.dataDir, '机构名单-企业.xlsx');
    app.dialogs.answerNext(path, 'save');
    await page.getByRole('button', { name: '导出机构名单' }).click();
    const status = page.getByTestId('export-institutions');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(`已导出“机构名单-企业.xlsx”，共 ${shown} 条备案`);
    expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'save', defaultName: '评价机构名单.xlsx', extensions: ['xlsx'] });
    const sheet = await readBack(path);
    const values = sheet.getSheetValues().flat().map(String).join('|');
    expect(values).toContain('自主评价企业');
    expect(values).not.toContain('社会培训评价组织');
    await status.getByRole('button', { name: '打开文件' }).click();
    await expect.poll(() => status.textContent()).toContain('此环境无法打开');
    await screenshot(page, 'export-1-institutions');
    await expectAccessible('institutions with export');
  });

  it('exports 附件2 of a filing from the institution detail', async () => {
    await page
      .getByRole('link', { name: /.+/ })
      .filter({ has: page.locator('xpath=ancestor::table') })
      .first()
      .click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const path = join(app.dataDir, '统计表.xlsx');
    app.dialogs.answerNext(path, 'save');
    const button = page.getByRole('button', { name: '导出工作情况统计表（附件2）' }).first();
    await button.click();
    await expect
      .poll(() => page.locator('[data-testid^="export-statistics-"]').first().textContent(), { timeout: 15_000 })
      .toMatch(/已导出“统计表.xlsx”，共 \d+ 个职业/);
    const values = (await readBack(path)).getSheetValues().flat().map(String).join('|');
    expect(values).toContain('统计表');
    await screenshot(page, 'export-2-statistics');
    await expectAccessible('institution detail with export');
  });

  it('generates the demo’s scored sheet, two panel members sign in turn, both signatures verify; 打印 says what happened', async () => {
    await page.goto(`${app.server.url}/#/inspections/${locked.id}/outcome`);
    const reports = page.getByTestId('reports');
    await reports.getByRole('button', { name: '生成评分表' }).click();
    await expect.poll(() => reports.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const generated = await reports
      .locator('tbody tr')
      .filter({ hasText: '评分表' })
      .filter({ hasText: '尚未签署' })
      .first()
      .getAttribute('data-testid');
    const row = reports.getByTestId(generated ?? '');

    for (const [name, valid] of [
      ['郭建华', 1],
      ['李晓宁', 2],
    ] as const) {
      await row.getByRole('button', { name: `签署（${name}）` }).click();
      const dialog = page.getByRole('dialog', { name: `签署报告：${name}` });
      await dialog.waitFor();
      await dialog.getByLabel('签名口令或 PIN').fill('123');
      await dialog.getByRole('button', { name: '签署', exact: true }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('至少需要 6 个字符');
      await dialog.getByLabel('签名口令或 PIN').fill('panel-pin-2023');
      if (name === '郭建华') await expectAccessible('sign dialog');
      await dialog.getByRole('button', { name: '签署', exact: true }).click();
      await expect.poll(() => dialog.textContent(), { timeout: 20_000 }).toContain(`${name} 已签署（本机证书）`);
      expect(await dialog.textContent()).toContain(`其中有效 ${valid} 个`);
      if (name === '李晓宁') await screenshot(page, 'reports-1-signed-dialog');
      await dialog.getByRole('button', { name: '完成' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    const signedRow = reports.locator('tbody tr').filter({ hasText: '郭建华（有效）' }).first();
    expect(await signedRow.textContent()).toContain('李晓宁（有效）');
    expect(await signedRow.textContent()).toContain('评估组已全部签署');

    const file = ((await signedRow.getAttribute('data-testid')) ?? '').replace(/^report-/, '');
    const verified = await dispatch(app.ctx, 'reports:verify', { file, inspectionId: locked.id });
    expect(verified).toMatchObject({
      ok: true,
      value: {
        valid: true,
        signatures: [
          { signer: '郭建华', valid: true },
          { signer: '李晓宁', valid: true },
        ],
      },
    });

    await signedRow.getByRole('button', { name: `打印 ${file}` }).click();
    await expect.poll(() => reports.getByRole('status').textContent()).toContain('此环境无法打印');
    await reports.getByRole('button', { name: '生成附录' }).click();
    await reports.getByRole('button', { name: '空白评估表' }).click();
    await expect.poll(() => reports.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'reports-2-list');
    await expectAccessible('reports');
  });

  it('settings: the name saved there is who the audit log names; role, folder and version shown; English remembered', async () => {
    await sidebar().getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    expect(await page.getByTestId('settings-role').textContent()).toBe('演示');
    expect(await page.locator('main').textContent()).toContain(app.dataDir);
    await page.getByLabel('姓名（记入审计日志）').fill('赵核查');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);
    await screenshot(page, 'settings-1');
    await expectAccessible('settings');

    // The next change made in the window is recorded under that name.
    const saved = await page.evaluate(
      (id) =>
        (window as unknown as { api: Api }).api.invoke['inspections:saveAnswer']({
          inspectionId: id,
          itemId: 'context',
          answer: { filingYear: 2019 },
        }),
      draft.id,
    );
    expect(saved).toMatchObject({ ok: true });
    const detail = await dispatch(app.ctx, 'inspections:get', { id: draft.id });
    expect((detail as { ok: true; value: InspectionDetail }).value.answers.find((a) => a.itemId === 'context')?.updatedBy).toBe('赵核查');

    await page.getByLabel('显示语言').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'settings-2-english');
    await page.getByLabel('Display language').selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    expect(problems).toEqual([]);
  });
  it('an error reads in the language of the interface: main sends code + params, the English window words them in English', async () => {
    await sidebar().getByRole('link', { name: '设置' }).click();
    await page.getByLabel('显示语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import' }).click();
    const alert = page.locator('main').getByRole('alert');

    // Refused by main (files:chooseOpen): the kind of file is a registry term, the file name a parameter.
    app.dialogs.answerNext(fixture('legacy.xls'), 'open');
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => alert.textContent()).toBe('The chosen file “legacy.xls” is not an Excel or CSV table; please choose another.');

    // Refused while reading (import:preview): a reason code inside the sentence, in English too.
    app.dialogs.answerNext(fixture('corrupt.xlsx'), 'open');
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect
      .poll(() => alert.textContent())
      .toMatch(
        /^The Excel file is damaged or incomplete and cannot be read \([^()]+\)\. Copy it again from its source, or save it again, and import that\.$/,
      );
    expect(await alert.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'import-error-english');

    // Row reasons are codes too: the English preview words them in English; only the file's own header stays Chinese.
    app.dialogs.answerNext(fixture('institutions-invalid.xlsx'), 'open');
    await page.getByRole('button', { name: /^Choose (another )?file…$/ }).click();
    const checkCell = page.locator('tr[data-invalid]').first().locator('td.row-check');
    await expect.poll(() => checkCell.textContent(), { timeout: 15_000 }).toMatch(/^统一社会信用代码: Wrong check character/);
    const reason = (await checkCell.textContent())?.replace(/^统一社会信用代码: /, '') ?? '';
    expect(reason).toMatch(/^Wrong check character in the unified social credit code: the 18th character should be “.”, not “.”$/);
    expect(reason).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByTestId('import-errors').textContent()).toMatch(/Row 3, “统一社会信用代码”: Wrong check character/);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Display language').selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    expect(problems).toEqual([]);
  });
});
