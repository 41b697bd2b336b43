import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { saveAnswer } from '../../../db/repositories/answers';
import { ensureRound } from '../../../db/repositories/assessment-rounds';
import { linkInspectionRound } from '../../../db/repositories/inspection-rounds';
import { createInspection } from '../../../db/repositories/inspections';
import { ensureRectification, listRectificationFiles, type RectificationRecord } from '../../../db/repositories/rectifications';
import { addSignature } from '../../../db/repositories/signatures';
import { getOfficeKeys } from '../../../db/repositories/sync-office';
import { dispatch } from '../../../electron/handlers/dispatch';
import { stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import { verifyPdf } from '../../../electron/services/signing/verify-pdf';
import { initOffice } from '../../../electron/services/sync/office/office-keys';
import { getTemplate } from '../../../shared/domain/templates';
import { makeTestContext, type TestContext } from '../../support/context';
import { pdfsig, pdfText } from '../../support/poppler';
import { TINY_PNG } from '../../support/report-fixtures';

const form = getTemplate('shanxi-renewal-2023');
const OFFICE = '阳江市人力资源和社会保障局';
const PASSPHRASE = 'office-passphrase-2026';
const ROUND_UID = 'a'.repeat(32);
const RECT_UID = 'b'.repeat(32);
const BASIS =
  '阳人社函〔2023〕221号 四、评估处理（二）有下列情形之一的,暂不予以延续备案或暂停评价活动,限期2个月内完成整改,再视情况决定是否准予延续备案或恢复评价活动:3、评估结果不达标准的。';

let ctx: TestContext;
let filing: { filingId: number; institutionId: number; name: string; filingNo: string };

function newInspection(date: string): number {
  return createInspection(
    ctx.db,
    {
      institutionId: filing.institutionId,
      filingId: filing.filingId,
      templateId: form.id,
      templateVersion: form.version,
      panel: [
        { name: '张三', role: 'lead' },
        { name: '李四', role: 'member' },
      ],
      inspectionDate: date,
    },
    '张三',
  ).id;
}

function rectification(inspectionId: number | null): RectificationRecord {
  return {
    uid: RECT_UID,
    filingId: filing.filingId,
    roundUid: ROUND_UID,
    inspectionId,
    templateHash: 'f'.repeat(64),
    outcomeCategory: 'defer',
    outcomeLabel: '暂时不予延续备案',
    inspectionDate: '2026-03-05',
    scoreHundredths: 5850,
    findings: [
      { key: 'item:1.1.1', kind: 'deduction', refId: '1.1.1', label: '1.1.1 考评人员管理', pointsLostHundredths: 200, notes: ['考评员未持证上岗'] },
      { key: 'item:1.2.1', kind: 'deduction', refId: '1.2.1', label: '1.2.1 质量承诺', pointsLostHundredths: 150, notes: ['督导记录缺失'] },
      { key: 'veto:四(一)5', kind: 'veto', refId: '四(一)5', label: '考场秩序混乱，有组织舞弊的', pointsLostHundredths: null, notes: ['第二考场'] },
    ],
    baseAnswers: [],
    deadlineRule: { unit: 'months', count: 2 },
    dueOn: '2026-05-05',
    basis: BASIS,
    origin: inspectionId === null ? 'received' : 'office',
    openedBy: OFFICE,
    openedAt: '2026-03-20T08:00:00.000Z',
  };
}

const squash = (text: string) => text.replace(/\s+/g, '');

beforeEach(() => {
  ctx = makeTestContext({ now: () => new Date('2026-03-21T09:30:00Z') });
  createDemoData(ctx.db);
  filing = ctx.db
    .prepare(`SELECT id AS filingId, institution_id AS institutionId, listed_name AS name, filing_no AS filingNo FROM filings ORDER BY id LIMIT 1`)
    .get() as typeof filing;
  ensureRound(ctx.db, {
    uid: ROUND_UID,
    name: '2026年度延续备案评估',
    year: 2026,
    origin: 'office',
    openedBy: OFFICE,
    openedAt: '2026-01-01T00:00:00.000Z',
  });
});
afterEach(() => ctx.cleanup());
afterAll(() => stopPdfWorker());

/** Page 1 as a PNG beside the PDF, to look at while working on the layout. */
function renderPage1(pdfPath: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, pdfPath.replace(/\.pdf$/, '')]);
  return pdfPath.replace(/\.pdf$/, '.png');
}

describe('整改通知书 (rectifications:notice)', () => {
  beforeEach(() => {
    initOffice(ctx.db, { officeName: OFFICE, passphrase: PASSPHRASE, now: new Date('2026-01-01T00:00:00Z') });
    ensureRectification(ctx.db, rectification(newInspection('2026-03-05')));
  });

  it('R-YQ-06 signs the notice with the office key and stores it; the findings, deadline, basis and office are printed', async () => {
    const first = await dispatch(ctx, 'rectifications:notice', { uid: RECT_UID, passphrase: PASSPHRASE });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const view = first.value as { notice: { fileId: number; name: string } };
    const files = listRectificationFiles(ctx.db, RECT_UID);
    expect(files).toMatchObject([{ kind: 'notice', mime: 'application/pdf', id: view.notice.fileId }]);

    const viewed: string[] = [];
    ctx.openPath = async (path) => {
      viewed.push(path);
    };
    const opened = await dispatch(ctx, 'rectifications:openFile', { fileId: view.notice.fileId });
    expect(opened).toMatchObject({ ok: true, value: { opened: true } });
    const path = viewed.at(-1) ?? '';
    expect(path.startsWith(join(ctx.dataDir, 'rectifications', RECT_UID))).toBe(true);

    const sig = pdfsig(path);
    expect(sig.match(/Signature is Valid\./g)?.length).toBe(1);
    expect(sig).toContain(OFFICE);
    // The office's exchange certificate, issued by its own CA: the notice checks against that CA.
    const checked = verifyPdf(readFileSync(path), [getOfficeKeys(ctx.db)?.caCertificatePem ?? '']);
    expect(checked.signatures).toMatchObject([{ valid: true, signer: OFFICE }]);
    const text = squash(pdfText(path));
    for (const expected of [
      '整改通知书',
      filing.name,
      filing.filingNo,
      '2026年度延续备案评估',
      '暂时不予延续备案',
      '58.5',
      '1.1.1考评人员管理',
      '考评员未持证上岗',
      '1.2.1质量承诺',
      '考场秩序混乱，有组织舞弊的',
      '整改期限：2026年5月5日前',
      '2个月',
      '整改情况说明及佐证材料',
      OFFICE,
      '2026年3月21日',
    ])
      expect(text).toContain(squash(expected));
    expect(text).toContain(squash(BASIS));
    if (process.env.KEEP_PDF) execFileSync('cp', [path, renderPage1(path), process.env.KEEP_PDF]);

    // A second notice is added beside the first; the view names the newest.
    const second = await dispatch(ctx, 'rectifications:notice', { uid: RECT_UID, passphrase: PASSPHRASE });
    expect(second.ok).toBe(true);
    const all = listRectificationFiles(ctx.db, RECT_UID);
    expect(all).toHaveLength(2);
    expect(second.ok && (second.value as { notice: { fileId: number } }).notice.fileId).toBe(all[1]?.id);
  });

  it('refuses a rectification that does not exist and a wrong passphrase, storing nothing', async () => {
    expect(await dispatch(ctx, 'rectifications:notice', { uid: 'c'.repeat(32), passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'RECTIFICATION_NOT_FOUND' },
    });
    expect(await dispatch(ctx, 'rectifications:notice', { uid: RECT_UID, passphrase: 'not-the-passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'SYNC_WRONG_SECRET' },
    });
    expect(listRectificationFiles(ctx.db, RECT_UID)).toEqual([]);
    expect(await dispatch(ctx, 'rectifications:openFile', { fileId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'RECTIFICATION_FILE_NOT_FOUND' },
    });
  });
});

describe('整改复查记录 (reports:generate kind recheck)', () => {
  function followUp(scope: 'findings' | 'full'): number {
    ensureRectification(ctx.db, rectification(null));
    const id = newInspection('2026-04-20');
    linkInspectionRound(ctx.db, id, { roundUid: ROUND_UID, purpose: 'followUp', rectificationUid: RECT_UID, scope });
    // 1.1.1 now loses nothing; 1.2.1 still does; the veto is answered 否.
    saveAnswer(ctx.db, { inspectionId: id, itemId: '1.1.1', answer: { deductions: {} }, actor: '张三' });
    saveAnswer(ctx.db, { inspectionId: id, itemId: '1.2.1', answer: { deductions: { a: [{ count: 1 }] } }, actor: '张三' });
    saveAnswer(ctx.db, { inspectionId: id, itemId: 'veto:四(一)5', answer: { answer: '否' }, actor: '张三' });
    addSignature(ctx.db, { inspectionId: id, signerName: '张三', role: 'panelLead', imagePng: Buffer.from(TINY_PNG, 'base64'), actor: '张三' });
    return id;
  }

  it('is offered only for a follow-up; scope full prints the sheet as well', async () => {
    const assessment = newInspection('2026-03-05');
    expect(await dispatch(ctx, 'reports:kinds', { inspectionId: assessment })).toEqual({ ok: true, value: ['sheet', 'appendix'] });
    expect(await dispatch(ctx, 'reports:generate', { kind: 'recheck', inspectionId: assessment })).toMatchObject({
      ok: false,
      error: { code: 'REPORT_KIND_NOT_OFFERED' },
    });
    const full = followUp('full');
    expect(await dispatch(ctx, 'reports:kinds', { inspectionId: full })).toEqual({ ok: true, value: ['sheet', 'recheck', 'appendix'] });
    expect(await dispatch(ctx, 'reports:generate', { kind: 'sheet', inspectionId: full })).toMatchObject({ ok: true });
    expect(await dispatch(ctx, 'reports:generate', { kind: 'recheck', inspectionId: full })).toMatchObject({ ok: true });
  });

  it('R-YQ-06 lists each finding with 原扣分 and 已整改/未整改, the follow-up score and outcome, and is signed by the panel', async () => {
    const inspectionId = followUp('findings');
    expect(await dispatch(ctx, 'reports:kinds', { inspectionId })).toEqual({ ok: true, value: ['recheck', 'appendix'] });
    const generated = await dispatch(ctx, 'reports:generate', { kind: 'recheck', inspectionId });
    expect(generated).toMatchObject({ ok: true });
    if (!generated.ok) return;
    const { file, path } = generated.value as { file: string; path: string };
    const signed = await dispatch(ctx, 'reports:sign', { file, inspectionId, inspectorId: '1', signerName: '张三', passphrase: 'panel-pin-2026' });
    expect(signed).toMatchObject({ ok: true, value: { signatures: 1 } });
    expect(pdfsig(path).match(/Signature is Valid\./g)?.length).toBe(1);

    const lines = pdfText(path).split('\n').map(squash);
    expect(lines.some((l) => l.includes('1.1.1考评人员管理2已整改'))).toBe(true);
    expect(lines.some((l) => l.includes('1.2.1质量承诺1.5未整改'))).toBe(true);
    expect(lines.some((l) => l.includes('考场秩序混乱，有组织舞弊的否决项已整改'))).toBe(true);
    const text = squash(pdfText(path));
    for (const expected of ['整改复查记录', filing.name, '共3项，已整改2项，未整改1项', '复查得分', '复查结论', '专家评估组签名', '2026年5月5日前'])
      expect(text).toContain(squash(expected));
    if (process.env.KEEP_PDF) execFileSync('cp', [path, renderPage1(path), process.env.KEEP_PDF]);
  });
});
