import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { SyncForm } from '../../shared/ipc/channels/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerContext, type HandlerContext } from '../../electron/handlers/context';
import { sessionOverFile } from '../../electron/handlers/database-session';
import { stopPdfWorker } from '../../electron/services/pdf/shared-worker';
import { enrollInspector } from '../../electron/services/sync/office/enroll';
import { seedHash } from '../../shared/domain/double-random/seed-commitment';
import { EXCLUSION_REASON_LABELS, type RoundDrawRecord } from '../../shared/domain/double-random/types';
import { startBridgeServer, type BridgeServer } from '../harness/bridge-server';
import { scriptedDialogs, type ScriptedDialogs } from '../harness/scripted-dialogs';
import { KEY_PASSPHRASE, makeWorld, NOW, PASSPHRASE, PIN, SHANXI, type Office } from '../integration/sync/sync-fixtures';
import { launchBrowser, openAppPage, SCREENSHOT_DIR, screenshot } from '../support/browser';
import { seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';
import { callOk } from '../support/handler-calls';
import { pdfText } from '../support/poppler';

// Issue 16 "Done when": a round at the office (双随机、一公开) through to a pack imported on a laptop with the panel
// prefilled. The office keeps its 专家库, fixes the round's seed (its hash shown before the draw), sets the rules
// (R-DL-01: every filing whose validity ends in the window), draws the filings and a panel for each with 回避, verifies
// the draw, publishes the notice without ID numbers, and exports the leader's pack; the leader's laptop imports it
// and its new inspection holds the drawn panel, leader first.
const DEVICE = 'laptop-16';
const ROUND_NAME = '2023年度延续备案评估';
const ROUND_YEAR = 2023;
/** An announced seed (hex): its SHA-256 is what the screen must show before the draw. */
const SEED = '5eed16a0b1c2d3e4f5061728394a5b6c7d8e9fa0b1c2d3e4f50617283940abcd';
/** The demo's 2020 filings expire in September and October 2023: this window holds a few of them. */
const WINDOW = { from: '2023-09-01', to: '2023-09-30' };

const LEADER = { code: 'ZJ1601', name: '李建国', idNumber: '140302197305121236', employer: '阳泉市职业技能鉴定指导中心', region: '阳泉市郊区' };
const MEMBERS = [
  { code: 'ZJ1602', name: '王丽华', idNumber: '140303198011230428' },
  { code: 'ZJ1603', name: '赵志强', idNumber: '140311197907150613' },
  { code: 'ZJ1604', name: '孙悦', idNumber: '140321198502280047' },
];
/** 孙悦 worked at the first drawn institution: she must be excluded from its panel, with the reason in words. */
const CONFLICTED = MEMBERS[2] as (typeof MEMBERS)[number];
const ALL_ID_NUMBERS = [LEADER.idNumber, ...MEMBERS.map((m) => m.idNumber)];

let world: ReturnType<typeof makeWorld>;
let office: Office;
let officeCtx: HandlerContext;
let officeDialogs: ScriptedDialogs;
let officeServer: BridgeServer;
let laptop: E2eApp;
let browser: Browser;
let officePage: Page;
let page: Page;
const problems: string[] = [];
interface WindowFiling {
  filingId: number;
  filingNo: string;
  listedName: string;
  institutionName: string;
  uscc: string;
  kind: string;
}
let inWindow: WindowFiling[] = [];
const files = { p12: '', drawPdf: '', pack: '' };
const round = { uid: '', record: null as RoundDrawRecord | null, formHash: '' };

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  officeDialogs = scriptedDialogs();
  officeCtx = createHandlerContext(sessionOverFile(office.db, { databasePath: office.path }), {
    databasePath: office.path,
    dataDir: world.temp.file('data-office'),
    appVersion: 'test',
    now: () => NOW,
    emit: () => undefined,
    openExternal: async () => undefined,
    chooseOpenFile: officeDialogs.chooseOpenFile,
    chooseSaveFile: officeDialogs.chooseSaveFile,
  });
  inWindow = office.db
    .prepare(
      `SELECT f.id AS filingId, f.filing_no AS filingNo, f.listed_name AS listedName,
              i.name AS institutionName, i.uscc, f.kind
       FROM filings f JOIN institutions i ON i.id = f.institution_id
       WHERE f.valid_to BETWEEN ? AND ? ORDER BY f.id`,
    )
    .all(WINDOW.from, WINDOW.to) as WindowFiling[];
  if (inWindow.length < 2) throw new Error(`the demo has ${inWindow.length} filings expiring in ${WINDOW.from}…${WINDOW.to}`);
  const conflictWith = inWindow[0] as WindowFiling;
  // The office store comes from the demo, which holds a pool of its own: it is stood down, so the draw sees this pool.
  for (const expert of await callOk<{ id: number }[]>(officeCtx, 'experts:list', {}))
    await callOk(officeCtx, 'experts:setActive', { id: expert.id, active: false });
  // The members come in through the handler (as an import would); the leader is entered in the 专家库 screen.
  for (const member of MEMBERS) {
    await callOk(officeCtx, 'experts:save', {
      code: member.code,
      name: member.name,
      idNumber: member.idNumber,
      employerName: null,
      employerUscc: null,
      region: null,
      specialties: [],
      roles: ['member'],
      active: true,
      deviceKey: null,
      conflicts:
        member === CONFLICTED
          ? [{ relation: 'worked', uscc: conflictWith.uscc, name: conflictWith.institutionName, note: '2019年至2021年在该机构任职' }]
          : [],
    });
  }
  // The leader's laptop is enrolled: the round's pack can only go to a laptop with a certificate.
  const enrolment = enrollInspector(office.db, office.keys, { inspectorName: LEADER.name, deviceKey: DEVICE, pin: PIN, now: NOW });
  files.p12 = world.temp.file(`${LEADER.name}-${DEVICE}.p12`);
  writeFileSync(files.p12, enrolment.pkcs12);
  files.drawPdf = world.temp.file('抽取结果公示.pdf');
  files.pack = world.temp.file(`${DEVICE}-round.skp`);

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

const byId = (id: string) => officePage.getByTestId(id);

/** Fills an input, or picks the option of a select (a count may be offered either way). */
async function setValue(field: Locator, value: string): Promise<void> {
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
}

function storedRecord(): RoundDrawRecord {
  const row = office.db.prepare('SELECT record_json AS json FROM round_draws WHERE round_uid = ?').get(round.uid) as { json: string } | undefined;
  if (!row) throw new Error('the round has no stored draw');
  return JSON.parse(row.json) as RoundDrawRecord;
}

describe('双随机、一公开: a round from the office’s draw to the leader’s laptop', () => {
  it('the 专家库 screen enters a panel leader with the laptop they carry; the ID number is shown masked', async () => {
    await officePage.goto(`${officeServer.pageUrl}#/office/experts`);
    await byId('expert-new').click();
    await byId('expert-field-name').fill(LEADER.name);
    await byId('expert-field-id-number').fill(LEADER.idNumber);
    await byId('expert-field-code').fill(LEADER.code);
    await byId('expert-field-employer').fill(LEADER.employer);
    await byId('expert-field-region').fill(LEADER.region);
    await byId('expert-field-lead').setChecked(true);
    await byId('expert-field-member').setChecked(false);
    await byId('expert-field-device').fill(DEVICE);
    await byId('expert-save').click();
    const row = byId(`expert-row-${LEADER.code}`);
    await row.waitFor({ timeout: 15_000 });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(LEADER.name);
    expect(text).not.toContain(LEADER.idNumber);
    expect(text).toContain(LEADER.idNumber.slice(-4));
    const stored = office.db
      .prepare('SELECT id_number AS idNumber, can_lead AS lead, can_member AS member, device_key AS device FROM experts WHERE code = ?')
      .get(LEADER.code);
    expect(stored).toEqual({ idNumber: LEADER.idNumber, lead: 1, member: 0, device: DEVICE });
    for (const member of MEMBERS) await byId(`expert-row-${member.code}`).waitFor();
    await screenshot(officePage, 'double-random-1-experts');
    await expectAccessible(officePage, 'expert pool');
  });

  it('a round is created with the announced seed; its hash is shown before the draw, the seed itself is not', async () => {
    await officePage.goto(`${officeServer.pageUrl}#/office/draws`);
    await byId('round-plan-name').fill(ROUND_NAME);
    await setValue(byId('round-plan-year'), String(ROUND_YEAR));
    await byId('round-plan-seed').fill(SEED);
    await byId('round-plan-create').click();
    await expect.poll(() => office.db.prepare('SELECT count(*) AS n FROM round_plans').get(), { timeout: 15_000 }).toEqual({ n: 1 });
    round.uid = (office.db.prepare('SELECT round_uid AS uid FROM round_plans').get() as { uid: string }).uid;
    const planRow = byId(`round-plan-row-${round.uid}`);
    await planRow.waitFor({ timeout: 10_000 });
    expect(await planRow.textContent()).toContain(ROUND_NAME);
    if ((await byId('round-seed-hash').count()) === 0) await planRow.getByRole('button').click();
    const hash = byId('round-seed-hash');
    await hash.waitFor({ timeout: 10_000 });
    expect(await hash.textContent()).toContain(seedHash(SEED));
    expect(await officePage.locator('body').textContent()).not.toContain(SEED);
  });

  it('R-DL-01 the rules select the filings expiring in the window; the draw shows each filing’s panel and the 回避 exclusion in words', async () => {
    await byId('round-rules-renewal').setChecked(true);
    await byId('round-rules-renewal-from').fill(WINDOW.from);
    await byId('round-rules-renewal-to').fill(WINDOW.to);
    await setValue(byId('round-rules-members'), '1');
    await setValue(byId('round-rules-max-panels'), String(inWindow.length));
    await byId('round-rules-save').click();
    await expect
      .poll(() => {
        const row = office.db.prepare('SELECT rules_json AS json FROM round_plans WHERE round_uid = ?').get(round.uid) as { json: string };
        const rules = JSON.parse(row.json) as { renewalWindow: unknown; panel: { members: number; maxPanelsPerExpert: number } };
        return [rules.renewalWindow, rules.panel.members, rules.panel.maxPanelsPerExpert];
      })
      .toEqual([WINDOW, 1, inWindow.length]);

    await byId('round-draw').click();
    await byId('round-draw-confirm').click();
    const result = byId('round-draw-result');
    await result.waitFor({ timeout: 30_000 });
    const record = storedRecord();
    round.record = record;
    // Every filing expiring in the window is selected (R-DL-01), and only they: no spot checks are set.
    expect(record.selected.map((s) => s.filingId).sort((a, b) => a - b)).toEqual(inWindow.map((f) => f.filingId));
    expect(record.seedHash).toBe(seedHash(SEED));
    for (const filing of inWindow) {
      const selectedText = (await byId(`round-selected-${filing.filingId}`).textContent()) ?? '';
      expect(selectedText.includes(filing.filingNo) || selectedText.includes(filing.listedName), selectedText).toBe(true);
      const panel = record.panels.find((p) => p.filingId === filing.filingId);
      expect(panel?.shortfall ?? null, filing.filingNo).toBeNull();
      const seats = panel?.seats ?? [];
      expect(seats.map((s) => s.role)).toEqual(['lead', 'member']);
      expect(seats[0]?.name).toBe(LEADER.name);
      const panelText = (await byId(`round-panel-${filing.filingId}`).textContent()) ?? '';
      for (const seat of seats) expect(panelText).toContain(seat.name);
    }
    // 回避: the declared conflict keeps 孙悦 off the first institution's panel, and the screen says why.
    const conflicted = inWindow[0] as WindowFiling;
    const conflictedPanel = record.panels.find((p) => p.filingId === conflicted.filingId);
    expect(conflictedPanel?.seats.map((s) => s.code)).not.toContain(CONFLICTED.code);
    expect(conflictedPanel?.exclusions).toContainEqual(
      expect.objectContaining({ code: CONFLICTED.code, reasons: expect.arrayContaining(['declaredConflict']) }),
    );
    const exclusionList = byId(`round-exclusions-${conflicted.filingId}`);
    await exclusionList.locator('summary').click();
    const exclusions = await exclusionList.innerText();
    expect(exclusions).toContain(CONFLICTED.name);
    expect(exclusions).toContain(EXCLUSION_REASON_LABELS.declaredConflict);
    expect(await result.textContent()).not.toMatch(new RegExp(ALL_ID_NUMBERS.join('|')));
    await screenshot(officePage, 'double-random-2-draw-result');
    await expectAccessible(officePage, 'draw result');
  });

  it('the draw verifies against the record and both directories', async () => {
    await byId('round-verify').click();
    const verified = byId('round-verify-result');
    await verified.waitFor({ timeout: 30_000 });
    await expect.poll(() => verified.textContent(), { timeout: 30_000 }).toMatch(/一致|通过|无差异|相同/);
    expect(await verified.textContent()).not.toMatch(/不一致|差异：|不同/);
  });

  it('一公开: the draw notice (PDF) carries the seed hash, the drawn institutions and panels, and no ID number', async () => {
    officeDialogs.answerNext(files.drawPdf, 'save');
    await byId('round-publish-draw-pdf').click();
    await expect.poll(() => existsSync(files.drawPdf), { timeout: 60_000 }).toBe(true);
    writeFileSync(join(SCREENSHOT_DIR, 'double-random-draw-notice.pdf'), readFileSync(files.drawPdf)); // kept to look at
    const text = pdfText(files.drawPdf).replace(/\s+/g, '');
    const record = round.record ?? storedRecord();
    expect(text).toContain(seedHash(SEED));
    expect(text).toContain(ROUND_NAME);
    // Table cells wrap (a filing number breaks across lines): the panels are found by the experts' names and codes.
    for (const seat of record.panels.flatMap((p) => p.seats)) expect(text).toContain(`${seat.name}（${seat.code}）`);
    for (const filing of inWindow) expect(text).toContain(filing.institutionName);
    for (const idNumber of ALL_ID_NUMBERS) expect(text).not.toContain(idNumber);
  });

  it('the leader’s pack is exported with the form for each drawn kind', async () => {
    // The renewal form for every kind drawn, as the office offers its versions (sync:forms, newest last).
    const forms = await callOk<SyncForm[]>(officeCtx, 'sync:forms', {});
    const renewalForm = forms.filter((f) => f.id === SHANXI).at(-1);
    expect(renewalForm, JSON.stringify(forms)).toBeDefined();
    round.formHash = renewalForm?.hash ?? '';
    const kinds = [...new Set(inWindow.map((f) => f.kind))];
    for (const kind of kinds) await byId(`round-pack-form-${kind}`).selectOption(round.formHash);
    await byId('round-pack-passphrase').fill(PASSPHRASE);
    const row = byId(`round-pack-row-${DEVICE}`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain(LEADER.name);
    officeDialogs.answerNext(files.pack, 'save');
    await byId(`round-pack-export-${DEVICE}`).click();
    await expect.poll(() => existsSync(files.pack), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => byId('round-pack-result').textContent(), { timeout: 30_000 }).toContain(String(inWindow.length));
    await screenshot(officePage, 'double-random-3-packs');
    await expectAccessible(officePage, 'packs');
  });

  it('the laptop imports the pack; the new inspection of a drawn filing holds the drawn panel, leader first', async () => {
    await page.goto(laptop.server.pageUrl);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '同步' }).click();
    const card = page.getByRole('region', { name: '导入任务包' });
    laptop.dialogs.answerNext(files.pack, 'open');
    await card.getByRole('button', { name: '选择任务包…' }).click();
    laptop.dialogs.answerNext(files.p12, 'open');
    await card.getByRole('button', { name: '选择证书文件…' }).click();
    await card.getByLabel('PIN 码').fill(PIN);
    await card.getByLabel('本机口令（至少 12 个字符，不能全是数字）').fill(KEY_PASSPHRASE);
    await card.getByLabel('再次输入本机口令').fill(KEY_PASSPHRASE);
    await card.getByRole('button', { name: '导入任务包' }).click();
    await expect.poll(() => page.getByTestId('pack-result').getAttribute('data-status'), { timeout: 30_000 }).toBe('imported');
    expect(await page.getByTestId('pack-result').textContent()).toContain(`${inWindow.length} 项核查任务`);

    const record = round.record ?? storedRecord();
    const drawn = inWindow[inWindow.length - 1] as WindowFiling;
    const seats = record.panels.find((p) => p.filingId === drawn.filingId)?.seats ?? [];
    expect(seats.length).toBe(2);
    // The laptop numbers its institutions itself; the filing keeps the office's id.
    const onLaptop = laptop.ctx.db.prepare('SELECT institution_id AS id FROM filings WHERE id = ?').get(drawn.filingId) as { id: number };
    await page.goto(`${laptop.server.pageUrl}#/institutions/${onLaptop.id}/new?filing=${drawn.filingId}`);
    await page.getByRole('heading', { name: '新建现场核查' }).waitFor();
    // The inspector picks the form the pack names (the laptop offers every form it has); the assignment then applies.
    await page.locator('#new-template').selectOption(round.formHash);
    const panelInputs = () => page.locator('input[id^="panel-"]').evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
    await expect.poll(panelInputs, { timeout: 15_000 }).toEqual(seats.map((s) => s.name));
    expect(await page.locator('#panel-0').inputValue()).toBe(LEADER.name);
    expect(await page.locator('main').innerText()).toContain(`所属评估轮次：${ROUND_NAME}`);
    await screenshot(page, 'double-random-4-prefilled-panel');
    await expectAccessible(page, 'prefilled new inspection');
    expect(problems).toEqual([]);
  });
});
