import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerContext, type HandlerContext } from '../../electron/handlers/context';
import { sessionOverFile } from '../../electron/handlers/database-session';
import { readFormFile } from '../../electron/services/forms/read-form-file';
import { stopPdfWorker } from '../../electron/services/pdf/shared-worker';
import { enrollInspector } from '../../electron/services/sync/office/enroll';
import { exportPack, withForm } from '../../electron/services/sync/office/pack-export';
import { templateHash, type Template } from '../../shared/domain/templates';
import { startBridgeServer, type BridgeServer } from '../harness/bridge-server';
import { scriptedDialogs, type ScriptedDialogs } from '../harness/scripted-dialogs';
import { KEY_PASSPHRASE, makeWorld, NOW, PASSPHRASE, PIN, type Office } from '../integration/sync/sync-fixtures';
import { launchBrowser, openAppPage, SCREENSHOT_DIR, screenshot } from '../support/browser';
import { runCliCaptured } from '../support/cli';
import { seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';
import { pdfsig, pdfText } from '../support/poppler';

// Issue 14 "Done when": a third form, written for the test as an XLSX workbook (a city form for 社会培训评价组织), goes
// check → office import → pack → laptop → sampling and scoring in the window → signed PDF in its own columns →
// result bundle → office review and summary; a second version published afterwards changes nothing already scored.
const FORMS = resolve(import.meta.dirname, '../fixtures/forms');
const FORM_FILE = join(FORMS, 'city-social-org-2026.xlsx');
const NEXT_FILE = join(FORMS, 'city-social-org-2026.2.xlsx');
const DEVICE = 'laptop-31';
const OFFICE_SCORE = 'SELECT i.score_hundredths AS score FROM inspections i JOIN sync_imported_inspections s ON s.inspection_id = i.id';
const INSPECTOR = '周敏';
/** How the summary marks the opinion column of a row (office.summary.checked). */
const CHECKED = '✓';
const MEMBER = '陈立';

let form: Template;
let next: Template;
let world: ReturnType<typeof makeWorld>;
let office: Office;
let officeDialogs: ScriptedDialogs;
let officeServer: BridgeServer;
let laptop: E2eApp;
let browser: Browser;
let officePage: Page;
let page: Page;
const problems: string[] = [];
const target = { filingId: 0, institutionId: 0, name: '', filingNo: '' };
const files = { pack: '', p12: '', bundle: '', pdf: '' };
/** What the office shows for the inspection before 2026.2 arrives, compared afterwards. */
const before = { score: 0, review: '', summary: '', pdfText: '' };

beforeAll(async () => {
  form = (await readFormFile(FORM_FILE)).template as Template;
  next = (await readFormFile(NEXT_FILE)).template as Template;
  world = makeWorld();
  office = world.office();
  officeDialogs = scriptedDialogs();
  const officeData = world.temp.file('data-office');
  const officeCtx: HandlerContext = createHandlerContext(sessionOverFile(office.db, { databasePath: office.path }), {
    databasePath: office.path,
    dataDir: officeData,
    appVersion: 'test',
    now: () => NOW,
    emit: () => undefined,
    openExternal: async () => undefined,
    chooseOpenFile: officeDialogs.chooseOpenFile,
    chooseSaveFile: officeDialogs.chooseSaveFile,
  });
  // A 社会培训评价组织 filing with batches and certificates: the form's sampling plan draws batches from it.
  Object.assign(
    target,
    office.db
      .prepare(
        `SELECT f.id AS filingId, f.institution_id AS institutionId, f.listed_name AS name, f.filing_no AS filingNo
         FROM filings f JOIN batches b ON b.filing_id = f.id
         WHERE f.kind = 'socialOrg' GROUP BY f.id ORDER BY count(*) DESC, f.id LIMIT 1`,
      )
      .get(),
  );
  officeServer = await startBridgeServer({ ctx: officeCtx, rendererDir: resolve(import.meta.dirname, '../../out/renderer') });
  laptop = await startE2eApp({ demo: false });
  browser = await launchBrowser();
  officePage = await openAppPage(browser, problems);
  page = await openAppPage(browser, problems);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await officeServer?.close();
  await laptop?.close();
  await stopPdfWorker();
  world?.close();
});

async function expectAccessible(on: Page, name: string) {
  expect(await seriousAxeViolations(on), name).toEqual([]);
}

const officeTab = (name: string) => officePage.getByRole('navigation', { name: '办公室审核分页' }).getByRole('link', { name }).click();

async function openStep(name: string) {
  await page.getByRole('navigation', { name: '核查步骤' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${name}`) }).waitFor();
}

async function waitSaved() {
  await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

async function signOnCanvas(panel: ReturnType<Page['getByTestId']>) {
  const box = await panel.locator('canvas').boundingBox();
  if (!box) throw new Error('no signature canvas');
  await page.mouse.move(box.x + 40, box.y + 100);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 40 + i * 25, box.y + 100 - Math.sin(i) * 40);
  await page.mouse.up();
}

/** The office's 附件4 summary table as text, and the review row of the institution. */
async function officeViews(): Promise<{ review: string; summary: string }> {
  await officeTab('审核');
  const row = officePage.getByRole('row').filter({ hasText: target.name });
  await expect.poll(() => row.count()).toBe(1);
  const review = (await row.textContent()) ?? '';
  await officeTab('汇总表');
  const table = officePage.getByRole('table', { name: '评估意见汇总表（附件4）' });
  await table.waitFor();
  return { review, summary: (await table.textContent()) ?? '' };
}

describe('a third form, authored in XLSX, from the office to the laptop and back', () => {
  it('templates check passes on the workbook (exit 0), which is not one of the built-ins', async () => {
    const checked = await runCliCaptured(['templates', 'check', FORM_FILE]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(templateHash(form));
    expect(form).toMatchObject({
      id: 'test-city-social-org',
      version: '2026.1',
      passMark: { points: 7000 },
      outcome: { labels: { pass: '达标', fail: '不达标' } },
    });
    const second = await runCliCaptured(['templates', 'check', NEXT_FILE]);
    expect(second.code, second.stderr).toBe(0);
    expect(templateHash(next)).not.toBe(templateHash(form));
  });

  it('the office imports it in 评估表 and it joins the versions', async () => {
    await officePage.goto(officeServer.pageUrl);
    await officePage.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办公室审核' }).click();
    await officeTab('评估表');
    await officePage.getByRole('heading', { name: '评估表', exact: true }).waitFor();
    officeDialogs.answerNext(FORM_FILE, 'open');
    await officePage.getByRole('button', { name: '导入评估表文件…' }).click();
    await expect.poll(() => officePage.getByTestId('form-import-result').textContent(), { timeout: 15_000 }).toContain('2026.1');
    const versions = officePage
      .getByTestId('form-versions')
      .getByRole('row')
      .filter({ hasText: templateHash(form).slice(0, 12) });
    await expect.poll(() => versions.count()).toBe(1);
    await screenshot(officePage, 'third-form-1-office-import');
    await expectAccessible(officePage, 'office forms');
  });

  it('a pack assigns the 社会培训评价组织 filing to the laptop on that version; the laptop imports it in 同步', async () => {
    const enrolment = enrollInspector(office.db, office.keys, { inspectorName: INSPECTOR, deviceKey: DEVICE, pin: PIN, now: NOW });
    const pack = exportPack(office.db, office.keys, {
      deviceKey: DEVICE,
      assignments: withForm([target.filingId], form.id, templateHash(form)),
      now: NOW,
      appVersion: 'test',
    });
    files.pack = world.temp.file(`${DEVICE}-1.skp`);
    files.p12 = world.temp.file(`${DEVICE}.p12`);
    files.bundle = world.temp.file(`${DEVICE}-1.skb`);
    writeFileSync(files.pack, pack.bytes);
    writeFileSync(files.p12, enrolment.pkcs12);

    await page.goto(laptop.server.pageUrl);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '同步' }).click();
    const card = page.getByRole('region', { name: '导入任务包' });
    laptop.dialogs.answerNext(files.pack, 'open');
    await card.getByRole('button', { name: '选择任务包…' }).click();
    laptop.dialogs.answerNext(files.p12, 'open');
    await card.getByRole('button', { name: '选择证书文件…' }).click();
    await expect.poll(() => page.getByTestId('certificate-chosen').textContent()).toBe(`已选择：${DEVICE}.p12`);
    await card.getByLabel('PIN 码').fill(PIN);
    await card.getByLabel('本机口令（至少 12 个字符，不能全是数字）').fill(KEY_PASSPHRASE);
    await card.getByLabel('再次输入本机口令').fill(KEY_PASSPHRASE);
    await card.getByRole('button', { name: '导入任务包' }).click();
    await expect.poll(() => page.getByTestId('pack-result').getAttribute('data-status'), { timeout: 20_000 }).toBe('imported');
    expect(await page.getByTestId('pack-result').textContent()).toContain('1 项核查任务');
    const stored = laptop.ctx.db.prepare('SELECT template_id AS id FROM sync_assignments').all();
    expect(stored).toEqual([{ id: form.id }]);
  });

  it('a new inspection on the laptop offers the received form and starts with its sampling plan', async () => {
    await page.goto(`${laptop.server.pageUrl}#/institutions/${target.institutionId}/new?filing=${target.filingId}`);
    await page.getByRole('heading', { name: '新建现场核查' }).waitFor();
    const option = page.getByLabel('评估表').locator('option', { hasText: form.title });
    await expect.poll(() => option.count()).toBe(1);
    expect(await option.getAttribute('value')).toBe(templateHash(form));
    await page.getByLabel('评估表').selectOption(templateHash(form));
    await page.getByLabel('组长').fill(INSPECTOR);
    await page.getByLabel('评估人员 1').fill(MEMBER);
    await page.getByLabel('核查日期').fill('2026-11-10');
    await screenshot(page, 'third-form-2-new-inspection');
    await expectAccessible(page, 'new inspection');
    await page.getByRole('button', { name: '开始核查' }).click();
    await page.getByRole('heading', { level: 1, name: /^抽样/ }).waitFor();
    // The plan is the form's: R-SM-01 (batches) for A2 and C1, and nothing of the official forms' other draws.
    const draws = page.locator('[data-testid^="draw-"]');
    expect(await draws.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')))).toEqual(['draw-R-SM-01']);
    expect(await page.getByTestId('draw-R-SM-01').textContent()).toMatch(/A2.*C1/);
    await page.getByTestId('draw-R-SM-01').getByRole('button', { name: '随机抽取' }).click();
    await page.getByTestId('draw-R-SM-01').getByText('随机种子').waitFor();
    await screenshot(page, 'third-form-3-sampling');
    await expectAccessible(page, 'sampling');
  });

  it('scoring shows the form’s own items; every one answered, a late batch filing deducted per batch: 81 分', async () => {
    await openStep('评分');
    for (const id of ['A1', 'A2', 'B1', 'B2', 'C1']) await page.getByTestId(`item-${id}`).waitFor();
    expect(await page.getByTestId('item-A2').textContent()).toContain('每批次未按时报备扣4分，扣完为止');
    await page.getByLabel('制度健全并执行到位(10分)').check();
    // A2: one sampled batch was filed late (4 分).
    const rule = page.getByTestId('rule-A2-a');
    await rule.getByRole('button').first().click();
    const occurrence = rule.locator('.occurrence').last();
    const select = occurrence.locator('select');
    const batch = await select
      .locator('option')
      .evaluateAll((options) => (options as HTMLOptionElement[]).map((o) => o.value).find((v) => v.startsWith('batch:')) ?? '');
    expect(batch, 'A2 offers the sampled batches').not.toBe('');
    await select.selectOption(batch);
    await occurrence.getByPlaceholder('问题说明').fill('2026年第二批次评价计划晚报备3天');
    // B1: 90 of 100 certificates uploaded → 80%≤上传率<95% → 15 分.
    await page.getByLabel('应上传证书数').fill('100');
    await page.getByLabel('已上传证书数').fill('90');
    await page.getByTestId('no-finding-B2').click();
    await page.getByTestId('no-finding-C1').click();
    await waitSaved();
    expect(await page.getByTestId('score-bar').textContent()).toContain('已评 5/5 项');
    expect(await page.getByTestId('points-A1').textContent()).toBe('10');
    expect(await page.getByTestId('points-A2').textContent()).toBe('16');
    expect(await page.getByTestId('points-B1').textContent()).toBe('15');
    expect(await page.getByTestId('live-total').textContent()).toBe('81');
    await screenshot(page, 'third-form-4-scoring');
    await expectAccessible(page, 'scoring');
  });

  it('both vetoes answered 否; the outcome is the form’s 达标 by its rule T-03', async () => {
    await openStep('否决与倒扣');
    expect(await page.locator('main').textContent()).toContain('V1 伪造考生成绩或证书数据的');
    await page.getByRole('button', { name: '其余未选项均为“否”' }).click();
    await waitSaved();
    await screenshot(page, 'third-form-5-vetoes');
    await expectAccessible(page, 'vetoes');
    await openStep('结论');
    expect(await page.getByTestId('outcome-label').textContent()).toBe('达标');
    expect(await page.getByTestId('outcome').textContent()).toContain('T-03');
    await screenshot(page, 'third-form-6-outcome');
    await expectAccessible(page, 'outcome');
  });

  it('the panel signs and locks; the scored sheet is signed with the office-issued certificate, in the form’s own columns', async () => {
    await openStep('签名');
    const lead = page.getByTestId('signer-panel-0');
    await signOnCanvas(lead);
    await lead.getByRole('button', { name: '确认签名' }).click();
    await lead.locator('img').waitFor();
    const member = page.getByTestId('signer-panel-1');
    await member.getByRole('button', { name: '以键入的姓名代替手写' }).click();
    await member.getByRole('button', { name: '确认签名' }).click();
    await member.locator('img').waitFor();
    const rep = page.getByTestId('signer-rep');
    await rep.getByLabel('机构负责人姓名').fill('孙建业');
    await rep.getByRole('button', { name: '以键入的姓名代替手写' }).click();
    await rep.getByRole('button', { name: '确认签名' }).click();
    await rep.locator('img').waitFor();
    await page.getByRole('button', { name: '锁定核查记录' }).click();
    await page.getByTestId('locked-banner').waitFor();

    const reports = page.getByTestId('reports');
    await reports.getByRole('button', { name: '生成评分表' }).click();
    const unsigned = reports.locator('tbody tr').filter({ hasText: '评分表' }).filter({ hasText: '尚未签署' }).first();
    await expect.poll(() => unsigned.count(), { timeout: 30_000 }).toBe(1);
    const rowId = (await unsigned.getAttribute('data-testid')) ?? '';
    const row = reports.getByTestId(rowId);
    await row.getByRole('button', { name: `签署（${INSPECTOR}）` }).click();
    const dialog = page.getByRole('dialog', { name: `签署报告：${INSPECTOR}` });
    await dialog.getByLabel('签名口令或 PIN').fill(KEY_PASSPHRASE);
    await expectAccessible(page, 'sign dialog');
    await dialog.getByRole('button', { name: '签署', exact: true }).click();
    await expect.poll(() => dialog.textContent(), { timeout: 20_000 }).toContain(`${INSPECTOR} 已签署（单位证书）`);
    await dialog.getByRole('button', { name: '完成' }).click();
    await screenshot(page, 'third-form-7-signed');
    await expectAccessible(page, 'signed');

    const inspection = laptop.ctx.db.prepare('SELECT id, score_hundredths AS score FROM inspections').get() as { id: number; score: number };
    expect(inspection.score).toBe(8100);
    expect(laptop.ctx.db.prepare('SELECT template_hash AS hash FROM inspection_template_pins WHERE inspection_id = ?').get(inspection.id)).toEqual({
      hash: templateHash(form),
    });
    files.pdf = join(laptop.dataDir, 'reports', String(inspection.id), rowId.replace(/^report-/, ''));
    expect(existsSync(files.pdf), files.pdf).toBe(true);
    copyFileSync(files.pdf, join(SCREENSHOT_DIR, 'third-form-sheet.pdf')); // kept to look at (pdftoppm)
    expect(pdfsig(files.pdf)).toContain('Signature is Valid.');
    const text = pdfText(files.pdf);
    for (const label of ['核查内容', '评分', '类别', '核查要点', '扣分标准', '分值', '核查得分', '评价组织名称', '统一社会信用代码'])
      expect(text).toContain(label);
    expect(text).toContain(form.title);
    expect(text).toContain('达标');
    expect(text).not.toContain('不达标');
    expect(text).not.toContain('评估内容'); // the official forms' column, not this one's
    before.pdfText = text;
  });

  it('the result bundle goes back; the office review shows 达标 and the summary counts it under 达标', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '同步' }).click();
    const exportCard = page.getByRole('region', { name: '导出结果包' });
    await expect.poll(() => page.getByTestId('export-readiness').textContent()).toContain('将写入结果包的已签名核查：1 份。');
    await exportCard.getByLabel('本机口令', { exact: true }).fill(KEY_PASSPHRASE);
    laptop.dialogs.answerNext(files.bundle, 'save');
    await exportCard.getByRole('button', { name: '导出结果包…' }).click();
    await expect.poll(() => page.getByTestId('bundle-result').getAttribute('data-status'), { timeout: 30_000 }).toBe('exported');

    await officeTab('导入结果包');
    await officePage.getByTestId('bundle-file').setInputFiles(files.bundle);
    await officePage.getByLabel('单位口令').fill(PASSPHRASE);
    await officePage.getByRole('button', { name: '检查并导入' }).click();
    await expect.poll(() => officePage.getByTestId('import-report').getAttribute('data-status'), { timeout: 15_000 }).toBe('imported');
    expect(await officePage.getByTestId('import-report').textContent()).toContain('新增 1 份');

    // The clerk accepts it: only accepted inspections go into the summary.
    await officeTab('审核');
    const row = officePage.getByRole('row').filter({ hasText: target.name });
    await row.getByRole('button', { name: /^通过/ }).click();
    await expect.poll(() => row.textContent()).toContain('已通过');
    const views = await officeViews();
    expect(views.review).toContain('81');
    expect(views.review).toContain('达标');
    expect(views.review).not.toContain('不达标');
    await officeTab('审核');
    await screenshot(officePage, 'third-form-8-office-review');
    await expectAccessible(officePage, 'office review');
    await officeTab('汇总表');
    await screenshot(officePage, 'third-form-9-office-summary');
    await expectAccessible(officePage, 'office summary');
    // The summary's opinion columns follow the form's categories (达标 / 不达标), ✓ under 达标 for this institution.
    const table = officePage.getByRole('table', { name: '评估意见汇总表（附件4）' });
    const headers = await table.locator('thead th').allTextContents();
    const passColumn = headers.findIndex((h) => h.includes('达标') && !h.includes('不达标'));
    const failColumn = headers.findIndex((h) => h.includes('不达标'));
    expect(passColumn, headers.join('|')).toBeGreaterThan(-1);
    expect(failColumn, headers.join('|')).toBeGreaterThan(-1);
    const cells = await table.getByRole('row').filter({ hasText: target.name }).locator('td, th').allTextContents();
    expect(cells[passColumn], `${headers.join('|')} / ${cells.join('|')}`).toBe(CHECKED);
    expect(cells[failColumn]).toBe('');
    // 合计: its label spans the five columns before the opinions; the 达标 column counts 1 institution.
    const totals = await table.getByRole('row').filter({ hasText: '合计' }).locator('td').allTextContents();
    expect(totals[passColumn - 5], totals.join('|')).toBe('1');

    const stored = office.db.prepare(OFFICE_SCORE).get() as { score: number };
    expect(stored.score).toBe(8100);
    Object.assign(before, { score: stored.score, review: views.review, summary: views.summary });
  });

  it('the office publishes 2026.2 afterwards: the first inspection’s score, PDF and summary do not change', async () => {
    await officeTab('评估表');
    officeDialogs.answerNext(NEXT_FILE, 'open');
    await officePage.getByRole('button', { name: '导入评估表文件…' }).click();
    await expect.poll(() => officePage.getByTestId('form-import-result').textContent(), { timeout: 15_000 }).toContain('2026.2');
    const versions = officePage.getByTestId('form-versions');
    for (const version of [form, next])
      await expect
        .poll(() =>
          versions
            .getByRole('row')
            .filter({ hasText: templateHash(version).slice(0, 12) })
            .count(),
        )
        .toBe(1);
    await screenshot(officePage, 'third-form-10-second-version');

    const stored = office.db.prepare(OFFICE_SCORE).get() as { score: number };
    expect(stored.score).toBe(before.score);
    expect(await officeViews()).toEqual({ review: before.review, summary: before.summary });
    expect(pdfText(files.pdf)).toBe(before.pdfText);
    // The office still holds the inspection pinned to 2026.1, with the very PDF the laptop signed.
    const pin = office.db
      .prepare('SELECT p.template_hash AS hash FROM inspection_template_pins p JOIN sync_imported_inspections s ON s.inspection_id = p.inspection_id')
      .get() as { hash: string };
    expect(pin.hash).toBe(templateHash(form));
    const pdfs = office.db.prepare("SELECT name, content FROM sync_imported_files WHERE kind = 'pdf'").all() as { name: string; content: Buffer }[];
    const held = pdfs.find((f) => f.name === basename(files.pdf));
    expect(held && Buffer.from(held.content).equals(readFileSync(files.pdf)), pdfs.map((f) => f.name).join(', ')).toBe(true);
    expect(problems).toEqual([]);
  });
});
