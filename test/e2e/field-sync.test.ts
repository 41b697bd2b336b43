import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/handlers/context';
import type { SafeStorageLike } from '../../electron/services/sync/field/key-protection';
import { enrollInspector } from '../../electron/services/sync/office/enroll';
import { configureSafeStorage } from '../../electron/services/sync/secret-store';
import { exportPack, withForm } from '../../electron/services/sync/office/pack-export';
import { filingsOfYear, inspect, KEY_PASSPHRASE, makeWorld, NOW, PASSPHRASE, PIN, SHANXI, type Office } from '../integration/sync/sync-fixtures';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';
import { callOk } from '../support/handler-calls';

// An inspector's new laptop: the office hands over a task pack and a certificate on a USB stick; the inspector loads
// them in 同步, inspects, and writes the result bundle back to the stick, all without the command line.
const DEVICE = 'laptop-07';
const INSPECTOR = '王五';
let world: ReturnType<typeof makeWorld>;
let office: Office;
let filingIds: number[];
let files: { pack: string; p12: string; bundle: string };
let app: E2eApp;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  filingIds = filingsOfYear(office.db, 2020).slice(0, 2);
  const enrolment = enrollInspector(office.db, office.keys, { inspectorName: INSPECTOR, deviceKey: DEVICE, pin: PIN, now: NOW });
  const pack = exportPack(office.db, office.keys, { deviceKey: DEVICE, assignments: withForm(filingIds, SHANXI), now: NOW, appVersion: 'test' });
  files = { pack: world.temp.file(`${DEVICE}-1.skp`), p12: world.temp.file(`${INSPECTOR}-${DEVICE}.p12`), bundle: world.temp.file('U盘-结果包.skb') };
  writeFileSync(files.pack, pack.bytes);
  writeFileSync(files.p12, enrolment.pkcs12);

  app = await startE2eApp({ demo: false });
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  world?.close();
});

async function expectAccessible(name: string) {
  expect(await seriousAxeViolations(page), name).toEqual([]);
}

const sidebar = () => page.getByRole('navigation', { name: '主导航' });
const packResult = () => page.getByTestId('pack-result');
const packCard = () => page.getByRole('region', { name: '导入任务包' });
const pinField = () => packCard().getByLabel('PIN 码');
// This machine has no system keychain (as in the harness), so the first import sets a local passphrase for the key.
const newPassphrase = () => packCard().getByLabel('本机口令（至少 12 个字符，不能全是数字）');
const newPassphraseAgain = () => packCard().getByLabel('再次输入本机口令');

/** The office's rows for the pack's filings, as the laptop should show them. */
function packFacts(): { institutions: string[]; candidates: number } {
  const marks = filingIds.map(() => '?').join(',');
  const institutions = (
    office.db
      .prepare(`SELECT DISTINCT i.name FROM institutions i JOIN filings f ON f.institution_id = i.id WHERE f.id IN (${marks})`)
      .all(...filingIds) as { name: string }[]
  ).map((r) => r.name);
  const { n } = office.db
    .prepare(`SELECT count(*) AS n FROM candidates c JOIN batches b ON b.id = c.batch_id WHERE b.filing_id IN (${marks})`)
    .get(...filingIds) as { n: number };
  return { institutions, candidates: n };
}

describe('同步 on the inspector’s laptop', () => {
  it('a new laptop shows 同步 (not 办公室审核), says the office issues the pack and certificate, and cannot export yet', async () => {
    await page.goto(app.server.pageUrl);
    await sidebar().getByRole('link', { name: '同步' }).click();
    await page.getByRole('heading', { level: 1, name: '同步' }).waitFor();
    expect(await sidebar().getByRole('link', { name: '办公室审核' }).count()).toBe(0);
    expect(await page.locator('.notice-info').first().textContent()).toContain('任务包（.skp）和您的证书文件（.p12）由单位发放');
    expect(await page.getByTestId('field-status').textContent()).toContain('尚未设置');
    expect(await page.getByRole('region', { name: '导出结果包' }).textContent()).toContain('导入任务包之后才能导出结果包');
    await screenshot(page, 'field-sync-1-new-laptop');
    await expectAccessible('new laptop');
  });

  it('asks for the pack, the certificate, the PIN and a local passphrase in turn; a weak passphrase and a wrong PIN are refused in Chinese', async () => {
    const submit = page.getByRole('button', { name: '导入任务包' });
    await submit.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('请先选择任务包文件。');

    app.dialogs.answerNext(files.pack, 'open');
    await page.getByRole('button', { name: '选择任务包…' }).click();
    await expect.poll(() => page.getByTestId('pack-chosen').textContent()).toBe(`已选择：${DEVICE}-1.skp`);
    await submit.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('证书文件（.p12）');

    app.dialogs.answerNext(files.p12, 'open');
    await page.getByRole('button', { name: '选择证书文件…' }).click();
    await expect.poll(() => page.getByTestId('certificate-chosen').textContent()).toBe(`已选择：${INSPECTOR}-${DEVICE}.p12`);
    expect(app.dialogs.shown.map((d) => d.extensions)).toEqual([['skp'], ['p12']]);
    await submit.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('请输入 PIN 码。');
    expect(await pinField().getAttribute('aria-invalid')).toBe('true');
    expect(await pinField().getAttribute('type')).toBe('password');

    await pinField().fill('135790');
    expect(await packCard().textContent()).toContain('本机没有可用的系统密钥库，签名密钥将用本机口令加密保存，而不是只用 6 位 PIN 码');
    await submit.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('本机口令至少 12 个字符，且不能全是数字。');
    await newPassphrase().fill('123456789012345');
    await submit.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('本机口令至少 12 个字符，且不能全是数字。');
    expect(await newPassphrase().getAttribute('aria-invalid')).toBe('true');
    await newPassphrase().fill(KEY_PASSPHRASE);
    await newPassphraseAgain().fill(`${KEY_PASSPHRASE}x`);
    await submit.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('两次输入的本机口令不一致。');
    await screenshot(page, 'field-sync-2-passphrase');
    await newPassphraseAgain().fill(KEY_PASSPHRASE);
    await submit.click();
    await expect.poll(() => packResult().getAttribute('data-status'), { timeout: 20_000 }).toBe('failed');
    expect(await packResult().textContent()).toBe('未能导入任务包：口令或 PIN 码不正确。（无法打开证书文件（PKCS#12））');
    expect(await pinField().inputValue()).toBe('');
    expect(await newPassphrase().inputValue()).toBe('');
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM institutions').get()).toEqual({ n: 0 });
    await screenshot(page, 'field-sync-2-wrong-pin');
    await expectAccessible('wrong PIN');
  });

  it('imports the pack and says what it brought; the laptop becomes the field laptop, the PIN and passphrase are nowhere kept', async () => {
    await pinField().fill(PIN);
    await newPassphrase().fill(KEY_PASSPHRASE);
    await newPassphraseAgain().fill(KEY_PASSPHRASE);
    await page.getByRole('button', { name: '导入任务包' }).click();
    await expect.poll(() => packResult().getAttribute('data-status'), { timeout: 20_000 }).toBe('imported');
    const facts = packFacts();
    expect(await packResult().textContent()).toBe(
      `任务包已导入（第 1 号）：${filingIds.length} 项核查任务，涉及 ${facts.institutions.length} 家评价机构、${facts.candidates} 名考生。评估人员：${INSPECTOR}。`,
    );
    const status = page.getByTestId('field-status');
    await expect.poll(() => status.textContent()).toContain('外业笔记本');
    const statusText = (await status.textContent()) ?? '';
    expect(statusText).toContain(INSPECTOR);
    expect(statusText).toContain(DEVICE);
    expect(statusText).toContain('已用本机口令加密保存');
    expect(statusText).toContain('第 1 号');
    // The choices are done with once loaded; the result stays.
    expect(await page.getByTestId('pack-chosen').textContent()).toBe('尚未选择');
    expect(await page.getByTestId('certificate-chosen').textContent()).toBe('尚未选择');
    // From now on the stored key is unlocked with the local passphrase; the PIN is asked only with a new certificate.
    expect(await pinField().count()).toBe(0);
    expect(await packCard().getByLabel('本机口令', { exact: true }).inputValue()).toBe('');
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    expect(stored).not.toContain(PIN);
    expect(stored).not.toContain(KEY_PASSPHRASE);
    await screenshot(page, 'field-sync-3-imported');
    await expectAccessible('imported');
  });

  it('the same pack again is “already imported”, needs no certificate and asks for the local passphrase, not the PIN', async () => {
    expect(await packCard().textContent()).toContain('只有单位为您重新发放证书时才需要');
    app.dialogs.answerNext(files.pack, 'open');
    await page.getByRole('button', { name: '选择任务包…' }).click();
    expect(await pinField().count()).toBe(0);
    await packCard().getByLabel('本机口令', { exact: true }).fill(KEY_PASSPHRASE);
    await page.getByRole('button', { name: '导入任务包' }).click();
    await expect.poll(() => packResult().getAttribute('data-status'), { timeout: 20_000 }).toBe('alreadyImported');
    expect(await packResult().textContent()).toBe('这个任务包（第 1 号）以前已经导入过，数据没有任何改动。');
  });

  it('the pack’s institutions are listed in 评价机构', async () => {
    await page.getByRole('link', { name: '查看评价机构' }).click();
    await page.getByRole('heading', { level: 1, name: '评价机构' }).waitFor();
    const { institutions } = packFacts();
    for (const name of institutions) await expect.poll(() => page.getByRole('row').filter({ hasText: name }).count()).toBeGreaterThan(0);
    await screenshot(page, 'field-sync-4-institutions');
  });

  it('exports the signed inspection as a bundle where the save dialog said; the office verifies it', async () => {
    // The inspection as the window makes it (handlers), signed; and a draft that must stay behind.
    const [first] = filingIds;
    if (first === undefined) throw new Error('the pack has no filing');
    await inspect({ db: app.ctx.db, path: app.databasePath, ctx: app.ctx, deviceKey: DEVICE }, first);
    const filing = app.ctx.db.prepare('SELECT institution_id FROM filings WHERE id = ?').get(first) as { institution_id: number };
    await callOk(app.ctx, 'inspections:create', {
      institutionId: filing.institution_id,
      filingId: first,
      templateId: SHANXI,
      panel: [{ name: INSPECTOR, role: 'lead' }],
      inspectionDate: '2023-09-06',
    });

    await sidebar().getByRole('link', { name: '同步' }).click();
    // Set up now: sending results back is the everyday step, so its card comes before the task pack's.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('导出结果包')).toBeLessThan(headings.indexOf('导入任务包'));
    const readiness = page.getByTestId('export-readiness');
    await expect.poll(() => readiness.textContent()).toContain('将写入结果包的已签名核查：1 份。');
    expect(await readiness.textContent()).toContain('另有 1 份尚未签名的核查不会导出');

    const exportCard = page.getByRole('region', { name: '导出结果包' });
    const submit = exportCard.getByRole('button', { name: '导出结果包…' });
    await submit.click();
    await expect.poll(() => exportCard.getByRole('alert').textContent()).toBe('请输入本机口令。');
    expect(app.dialogs.shown.filter((d) => d.kind === 'save')).toEqual([]); // no dialog before the passphrase is there
    expect(await exportCard.getByLabel('PIN 码').count()).toBe(0);

    await exportCard.getByLabel('本机口令', { exact: true }).fill(KEY_PASSPHRASE);
    app.dialogs.answerNext(files.bundle, 'save');
    await submit.click();
    const result = page.getByTestId('bundle-result');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 30_000 }).toBe('exported');
    expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'save', extensions: ['skb'], defaultName: `结果包-${DEVICE}-1.skb` });
    expect(await result.textContent()).toContain('结果包已导出（第 1 号，1 份核查）。');
    expect(await page.getByTestId('bundle-path').textContent()).toBe(files.bundle);
    expect(await exportCard.getByLabel('本机口令', { exact: true }).inputValue()).toBe('');
    await expect.poll(() => page.getByTestId('field-status').textContent()).toMatch(/最近导出的结果包第 1 号/);
    await screenshot(page, 'field-sync-5-exported');
    await expectAccessible('exported');

    expect(existsSync(files.bundle)).toBe(true);
    const officeCtx: HandlerContext = { ...app.ctx, db: office.db, databasePath: office.path, dataDir: world.temp.dir };
    const verified = await callOk(officeCtx, 'sync:verifyBundle', {
      dataBase64: readFileSync(files.bundle).toString('base64'),
      passphrase: PASSPHRASE,
    });
    expect(verified).toEqual({ deviceKey: DEVICE, sequence: 1, signer: INSPECTOR, inspections: 1 });
  });

  it('the same screen in English', async () => {
    await sidebar().getByRole('link', { name: '设置' }).click();
    await page.getByLabel('显示语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Sync' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
    expect(await page.getByTestId('field-status').textContent()).toContain('Field laptop');
    await screenshot(page, 'field-sync-6-english');
    await expectAccessible('english');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Display language').selectOption('zh-CN');
    expect(problems).toEqual([]);
  });
});

describe('同步 on a laptop whose system keychain keeps the key', () => {
  const KEYCHAIN_DEVICE = 'laptop-08';
  let keychainApp: E2eApp;
  let keychainPage: Page;
  const keychainFiles = { pack: '', p12: '' };
  /** A keychain that really encrypts (reversibly, for the test), as Electron's safeStorage does on Windows. */
  const keychain: SafeStorageLike = {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0x5a)),
    decryptString: (blob) => Buffer.from([...blob].map((byte) => byte ^ 0x5a)).toString('utf8'),
  };

  beforeAll(async () => {
    const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '赵六', deviceKey: KEYCHAIN_DEVICE, pin: PIN, now: NOW });
    const pack = exportPack(office.db, office.keys, {
      deviceKey: KEYCHAIN_DEVICE,
      assignments: withForm(filingIds.slice(0, 1), SHANXI),
      now: NOW,
      appVersion: 'test',
    });
    keychainFiles.pack = world.temp.file(`${KEYCHAIN_DEVICE}-1.skp`);
    keychainFiles.p12 = world.temp.file(`${KEYCHAIN_DEVICE}.p12`);
    writeFileSync(keychainFiles.pack, pack.bytes);
    writeFileSync(keychainFiles.p12, enrolment.pkcs12);
    configureSafeStorage(keychain);
    keychainApp = await startE2eApp({ demo: false });
    keychainPage = await openAppPage(browser, problems);
  }, 60_000);
  afterAll(async () => {
    configureSafeStorage(null);
    await keychainPage?.close();
    await keychainApp?.close();
  });

  it('asks for the PIN only, as before: no local passphrase; the key is kept in the keychain and export needs no secret', async () => {
    await keychainPage.goto(keychainApp.server.pageUrl);
    await keychainPage.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '同步' }).click();
    const card = keychainPage.getByRole('region', { name: '导入任务包' });
    keychainApp.dialogs.answerNext(keychainFiles.pack, 'open');
    await card.getByRole('button', { name: '选择任务包…' }).click();
    keychainApp.dialogs.answerNext(keychainFiles.p12, 'open');
    await card.getByRole('button', { name: '选择证书文件…' }).click();
    await expect.poll(() => keychainPage.getByTestId('certificate-chosen').textContent()).toBe(`已选择：${KEYCHAIN_DEVICE}.p12`);
    expect(await card.getByLabel('PIN 码').count()).toBe(1);
    expect(await card.getByText('设置本机口令').count()).toBe(0);
    expect(await card.getByLabel(/本机口令/).count()).toBe(0);
    await card.getByLabel('PIN 码').fill(PIN);
    await card.getByRole('button', { name: '导入任务包' }).click();
    await expect.poll(() => keychainPage.getByTestId('pack-result').getAttribute('data-status'), { timeout: 20_000 }).toBe('imported');
    await expect.poll(() => keychainPage.getByTestId('field-status').textContent()).toContain('已保存在系统密钥库中');
    const exportCard = keychainPage.getByRole('region', { name: '导出结果包' });
    expect(await exportCard.getByLabel(/PIN 码|本机口令/).count()).toBe(0);
    await screenshot(keychainPage, 'field-sync-7-keychain');
    expect(await seriousAxeViolations(keychainPage)).toEqual([]);
  });
});
