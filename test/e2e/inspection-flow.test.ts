import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInspections } from '../../db/repositories/inspections';
import { allItems, getTemplate } from '../../shared/domain/templates';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { richestDemoFiling, seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';

// A full inspection of a demo institution with the Shanxi form, step by step, as an inspector does it.
let app: E2eApp;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const shanxi = getTemplate('shanxi-renewal-2023');
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function expectAccessible(name: string) {
  expect(await seriousAxeViolations(page), name).toEqual([]);
}

async function openStep(name: string) {
  await page.getByRole('navigation', { name: '核查步骤' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${name}`) }).waitFor();
}

async function waitSaved() {
  await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

/** Records one finding under a deduction rule, linked to the first sampled unit of the given kind. */
async function recordFinding(itemId: string, ruleId: string, unitKind: string | null, note: string) {
  const rule = page.getByTestId(`rule-${itemId}-${ruleId}`);
  await rule.getByRole('button').first().click();
  const occurrence = rule.locator('.occurrence').last();
  if (unitKind) {
    const select = occurrence.locator('select');
    const value = await select
      .locator('option')
      .evaluateAll((options, kind) => (options as HTMLOptionElement[]).map((o) => o.value).find((v) => v.startsWith(`${kind}:`)) ?? '', unitKind);
    expect(value, `${itemId}${ruleId} has a sampled ${unitKind}`).not.toBe('');
    await select.selectOption(value);
  }
  await occurrence.getByPlaceholder('问题说明').fill(note);
}

describe('a full inspection in the window', () => {
  const target = { filingId: 0, institutionId: 0, filingNo: '', name: '' };

  it('filters the institution list down to the demo institution', async () => {
    Object.assign(target, richestDemoFiling(app.ctx));
    await page.goto(app.server.pageUrl);
    await page.getByTestId('institutions-table').waitFor();
    expect(await page.getByTestId('institutions-count').textContent()).toContain('共 21 条备案');
    await expect.poll(() => page.locator('.tag-demo').count()).toBeGreaterThan(0);
    await screenshot(page, '01-institutions');
    await expectAccessible('institution list');
    await page.getByLabel('搜索').fill(target.filingNo);
    await expect.poll(() => page.getByTestId('institution-row').count()).toBe(1);
    await screenshot(page, '02-institutions-filtered');
  });

  it('opens the institution: filings, occupations, batches, masked candidates, 附件2', async () => {
    await page.getByTestId('institution-row').getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('details.batch summary').first().click();
    const masked = await page.locator('details.batch[open] td.mono').first().textContent();
    expect(masked).toMatch(/\*/);
    await expect.poll(() => page.getByText('附件2　职业技能等级认定工作情况统计表').count()).toBeGreaterThan(0);
    await screenshot(page, '03-institution-detail');
    await expectAccessible('institution detail');
  });

  it('starts an inspection with the Shanxi form and sees its 92 ≠ 100 warning', async () => {
    await page.locator(`a[href*="filing=${target.filingId}"]`).click();
    await page.getByRole('heading', { name: '新建现场核查' }).waitFor();
    // The choice offers the forms main lists (templates:list), by hash; the Shanxi one is picked by its notice.
    const shanxiOption = page.getByLabel('评估表').locator('option', { hasText: '阳人社函〔2023〕221号' });
    const shanxiHash = await shanxiOption.getAttribute('value');
    expect(shanxiHash).toMatch(/^[0-9a-f]{64}$/);
    await page.getByLabel('评估表').selectOption(shanxiHash ?? '');
    expect(await page.getByTestId('template-warnings').textContent()).toContain('92');
    await page.getByLabel('组长').fill('王建国');
    await page.getByLabel('评估人员 1').fill('李梅');
    await page.getByLabel('核查日期').fill('2023-09-12');
    await screenshot(page, '04-new-inspection');
    await expectAccessible('new inspection');
    await page.getByRole('button', { name: '开始核查' }).click();
    await page.getByRole('heading', { level: 1, name: /^抽样/ }).waitFor();
  });

  it('draws every sample the form needs, and a redraw asks for a reason', async () => {
    for (const rule of ['R-SM-01', 'R-SM-02', 'R-SM-03', 'R-SM-04']) {
      await page.getByTestId(`draw-${rule}`).getByRole('button', { name: '随机抽取' }).click();
      await page.getByTestId(`draw-${rule}`).getByText('随机种子').waitFor();
    }
    await page.getByTestId('draw-R-SM-01').getByRole('button', { name: '重新抽取…' }).click();
    await page.getByRole('button', { name: '确认重新抽取' }).click();
    await page.getByText('请填写重新抽取的原因。').waitFor();
    await page.getByLabel('重新抽取的原因').fill('第一次抽中的批次档案已移交市局，现场无法调阅');
    await page.getByRole('button', { name: '确认重新抽取' }).click();
    await page.getByText('全部抽取记录（2 次）').waitFor();
    await screenshot(page, '05-sampling');
    await expectAccessible('sampling');
  });

  it('scores every item, with deductions linked to sampled units, and the total follows live', async () => {
    await openStep('评分');
    const total = () => page.getByTestId('live-total').textContent();
    expect(await total()).toBe('0');
    // Findings linked to units of the draws.
    await recordFinding('3.6.1', 'a', 'batch', '试卷未密封即阅卷');
    await recordFinding('3.3.1', 'a', 'candidate', '工作年限证明不足');
    await recordFinding('3.7.1', 'b', 'occupation', '题库组卷比例不符合国家职业标准');
    await recordFinding('4.1.1', 'a', 'batch', '考试计划未列内部质量督导员');
    await recordFinding('2.1.1', 'a', null, '缺少档案管理岗');
    await page.getByTestId('fill-units-2.3.2').click();
    // Every other item checked without deduction.
    for (const { item } of allItems(shanxi)) {
      const button = page.getByTestId(`no-finding-${item.id}`);
      if (await button.count()) await button.click();
    }
    // The Shanxi form has no 自评得分 column (its print layout), so the screen asks for none.
    expect(await page.getByLabel(/自评得分/).count()).toBe(0);
    // Automatic findings from the records, confirmed by the inspector.
    const confirm = page.locator('.auto-findings').getByRole('button', { name: '确认' });
    if (await confirm.count()) await confirm.first().click();
    await waitSaved();
    expect(await page.getByTestId('score-bar').textContent()).toContain(`已评 ${allItems(shanxi).length}/${allItems(shanxi).length} 项`);
    expect(Number(await total())).toBeGreaterThan(60);
    expect(await page.getByTestId('points-3.6.1').textContent()).toBe('4');
    await page.getByTestId('section-3').scrollIntoViewIfNeeded();
    await screenshot(page, '06-scoring');
    await expectAccessible('scoring');
  });

  it('attaches a photo to a finding and shows it with its SHA-256', async () => {
    await openStep('证据');
    await page.getByLabel('对应评估内容').selectOption('3.6.1');
    await page.getByLabel('对应问题').selectOption({ index: 1 });
    await page.getByTestId('evidence-file').setInputFiles({ name: '阅卷现场.png', mimeType: 'image/png', buffer: PNG_1x1 });
    await page.getByTestId('evidence-thumbnail').waitFor();
    expect(await page.getByTestId('evidence-thumbnail').textContent()).toContain('SHA-256');
    await screenshot(page, '07-evidence');
    await expectAccessible('evidence');
  });

  it('answers the vetoes and sees the outcome with the rule that produced it', async () => {
    await openStep('否决与倒扣');
    await page.getByRole('button', { name: '其余未选项均为“否”' }).click();
    await waitSaved();
    await screenshot(page, '08-vetoes');
    await expectAccessible('vetoes');
    await openStep('结论');
    expect(await page.getByTestId('outcome-label').textContent()).toMatch(/同意延续备案|正常评价/);
    expect(await page.getByTestId('outcome').textContent()).toContain('R-YQ-07');
    await screenshot(page, '09-outcome');
    await expectAccessible('outcome');
  });

  it('everyone signs and the inspection locks', async () => {
    await openStep('签名');
    const lead = page.getByTestId('signer-panel-0');
    const box = await lead.locator('canvas').boundingBox();
    if (!box) throw new Error('no signature canvas');
    await page.mouse.move(box.x + 40, box.y + 100);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 40 + i * 25, box.y + 100 - Math.sin(i) * 40);
    await page.mouse.up();
    await lead.getByRole('button', { name: '确认签名' }).click();
    await lead.locator('img').waitFor();
    const member = page.getByTestId('signer-panel-1');
    await member.getByRole('button', { name: '以键入的姓名代替手写' }).click();
    await member.getByRole('button', { name: '确认签名' }).click();
    await member.locator('img').waitFor();
    const rep = page.getByTestId('signer-rep');
    await rep.getByLabel('机构负责人姓名').fill('赵振华');
    await rep.getByRole('button', { name: '以键入的姓名代替手写' }).click();
    await rep.getByRole('button', { name: '确认签名' }).click();
    await rep.locator('img').waitFor();
    await expectAccessible('signatures');
    await page.getByRole('button', { name: '锁定核查记录' }).click();
    await page.getByTestId('locked-banner').waitFor();
    await screenshot(page, '10-signed-locked');
    const [locked] = listInspections(app.ctx.db, { institutionId: target.institutionId });
    expect(locked?.status).toBe('locked');
    expect(locked?.scoreHundredths).toBeGreaterThan(6000);
  });

  it('a veto on a copy (a revision with a reason) terminates it; the signed one stays as it was', async () => {
    await page.getByRole('button', { name: '更正（新建修订版本）' }).click();
    await page.getByLabel('更正原因').fill('复核发现考场秩序问题，按否决项重新评定');
    await page.getByRole('button', { name: '新建修订版本' }).click();
    await page.getByRole('heading', { level: 1, name: /^评分/ }).waitFor();
    // R-YQ-06: a context fact of the form orders rectification; the deadline comes from the deciding rule (2 months).
    await openStep('否决与倒扣');
    await page.getByLabel(/对涉及审计提出问题整改不到位/).check();
    await waitSaved();
    await openStep('结论');
    expect(await page.getByTestId('outcome-label').textContent()).toBe('暂时不予延续备案');
    expect(await page.getByTestId('rectification-deadline').textContent()).toBe('2023-11-12 前完成整改（限期2个月）');
    await openStep('否决与倒扣');
    await page.getByLabel(/对涉及审计提出问题整改不到位/).uncheck();
    await page.getByTestId('veto-四(一)5').getByLabel('是').check();
    await page.getByLabel('否决项 四(一)5 的说明').fill('2023-05-20 批次考场多人传递答案');
    await waitSaved();
    await openStep('结论');
    expect(await page.getByTestId('outcome-label').textContent()).toBe('终止备案');
    expect(await page.getByTestId('rectification-deadline').count()).toBe(0);
    await screenshot(page, '11-veto-on-revision');
    const inspections = listInspections(app.ctx.db, { institutionId: target.institutionId });
    expect(inspections.map((i) => [i.revision, i.status])).toEqual([
      [1, 'locked'],
      [2, 'draft'],
    ]);
    expect(problems).toEqual([]);
  });
});
