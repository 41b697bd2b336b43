import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { HandlerContext } from '../../../electron/handlers/context';
import { stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import type {
  SyncConflict,
  SyncImportReport,
  SyncOpenedFile,
  SyncReviewItem,
  SyncStatus,
  SyncSummary,
  SyncExportedFile,
  SyncReviewPage,
} from '../../../shared/ipc/channels/sync';
import { SCREENSHOT_DIR } from '../../support/browser';
import { runCliCaptured } from '../../support/cli';
import { chooseByDialog } from '../../support/dialog-grants';
import { pdfsig, pdfText } from '../../support/poppler';
import { prepareOfficeScenario, type OfficeScenario } from './office-scenario';
import { PASSPHRASE } from './sync-fixtures';
import { errorInfoText } from '../../../shared/errors';

// The office side of sync through the IPC handlers the window calls, on real temporary databases.
let scenario: OfficeScenario;
let ctx: HandlerContext;

beforeAll(async () => {
  scenario = await prepareOfficeScenario();
  ctx = scenario.officeCtx;
}, 180_000);
afterAll(async () => {
  await stopPdfWorker();
  scenario?.world.close();
});

async function value<T>(channel: string, args: unknown, on: HandlerContext = ctx): Promise<T> {
  const result = await dispatch(on, channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${errorInfoText(result.error)}`);
  return result.value as T;
}

const base64Of = (path: string) => readFileSync(path).toString('base64');
/** 选择文件… in the office window: the open dialog grants the bundle for this run. */
const chooseBundle = (path: string) => chooseByDialog(ctx, scenario.officeDialogs, 'open', 'sync-bundle', path);
const reviewItems = async () => (await value<SyncReviewPage>('sync:reviewList', {})).items;

describe('sync IPC handlers (office)', () => {
  it('the laptop signed its sheet with the office-issued certificate, where bundle export picks it up', () => {
    const path = join(scenario.zhang.ctx.dataDir, 'reports', '1', scenario.signedSheet);
    expect(existsSync(path)).toBe(true);
    expect(pdfsig(path)).toContain('Signature is Valid.');
  });

  it('status: office role and the enrolled laptops, none imported yet', async () => {
    const status = await value<SyncStatus>('sync:status', {});
    expect(status).toMatchObject({ role: 'office', officeName: '阳泉市人力资源和社会保障局', deviceKey: null });
    expect(status.devices.map((d) => [d.deviceKey, d.revoked, d.lastSequence])).toEqual([
      ['laptop-01', false, null],
      ['laptop-02', false, null],
    ]);
  });

  it('verify only: reports device, sequence, signer and count, writes nothing', async () => {
    const verified = await value<{ deviceKey: string; sequence: number; signer: string; inspections: number }>('sync:verifyBundle', {
      path: await chooseBundle(scenario.bundles.zhang),
      passphrase: PASSPHRASE,
    });
    expect(verified).toEqual({ deviceKey: 'laptop-01', sequence: 1, signer: '张三', inspections: 3 });
    expect(await reviewItems()).toEqual([]);
  });

  it('refuses a wrong passphrase, both or neither of path and file, and a pack where a bundle belongs', async () => {
    expect(
      await dispatch(ctx, 'sync:importBundle', { path: await chooseBundle(scenario.bundles.zhang), passphrase: 'wrong-passphrase' }),
    ).toMatchObject({ ok: false, error: { code: 'SYNC_WRONG_SECRET' } });
    expect(await dispatch(ctx, 'sync:importBundle', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await dispatch(ctx, 'sync:importBundle', { path: scenario.bundles.zhang, dataBase64: 'AAAA', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    });
    expect(
      await dispatch(ctx, 'sync:importBundle', { dataBase64: scenario.world.lastPack().toString('base64'), passphrase: PASSPHRASE }),
    ).toMatchObject({ ok: false });
    expect(await reviewItems()).toEqual([]);
  });

  it('imports a bundle picked in the window (base64), then says already imported', async () => {
    const first = await value<SyncImportReport>('sync:importBundle', { dataBase64: base64Of(scenario.bundles.zhang), passphrase: PASSPHRASE });
    expect(first).toMatchObject({ status: 'imported', added: 3, conflicts: [] });
    const again = await value<SyncImportReport>('sync:importBundle', { path: await chooseBundle(scenario.bundles.zhang), passphrase: PASSPHRASE });
    expect(again).toMatchObject({ status: 'alreadyImported', added: 0 });
    expect(again.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await value<SyncStatus>('sync:status', {})).devices.find((d) => d.deviceKey === 'laptop-01')?.lastSequence).toBe(1);
  });

  it('a second laptop’s version of the same filing is kept beside it and listed as a conflict', async () => {
    const report = await value<SyncImportReport>('sync:importBundle', { path: await chooseBundle(scenario.bundles.li), passphrase: PASSPHRASE });
    expect(report.status).toBe('imported');
    expect(report.conflicts).toHaveLength(1);
    const conflicts = await value<SyncConflict[]>('sync:conflicts', {});
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.versions.map((v) => v.deviceKey).sort()).toEqual(['laptop-01', 'laptop-02']);
    expect(conflicts[0]?.resolved).toBe(false);
    const flagged = (await reviewItems()).filter((item) => item.inConflict);
    expect(flagged).toHaveLength(2);
  });

  it('opens the signed PDF: a copy in the data folder, signatures checked against the office CA', async () => {
    const withPdf = (await reviewItems()).find((item) => item.files.some((f) => f.kind === 'pdf'));
    const pdf = withPdf?.files.find((f) => f.kind === 'pdf');
    if (!pdf) throw new Error('no imported PDF');
    const opened = await value<SyncOpenedFile>('sync:openFile', { fileId: pdf.id });
    expect(opened).toMatchObject({ name: scenario.signedSheet, opened: false, signatures: [{ signer: '张三', valid: true, officeIssued: true }] });
    expect(opened.path.startsWith(join(ctx.dataDir, 'review'))).toBe(true);
    const viewer: string[] = [];
    const withViewer: HandlerContext = { ...ctx, openPath: async (path) => void viewer.push(path) };
    expect(await value<SyncOpenedFile>('sync:openFile', { fileId: pdf.id }, withViewer)).toMatchObject({ opened: true });
    expect(viewer).toEqual([opened.path]);
    expect(await dispatch(ctx, 'sync:openFile', { fileId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'OFFICE_IMPORTED_FILE_NOT_FOUND', params: { fileId: 999_999 } },
    });
    expect(await dispatch(ctx, 'sync:openFile', { exportFile: 'summary-gone.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'OFFICE_EXPORT_FILE_NOT_FOUND', params: { file: 'summary-gone.pdf' } },
    });
    expect(await dispatch(ctx, 'sync:openFile', { exportFile: '../app.sqlite' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  });

  it('returning needs a comment; accept and return are recorded', async () => {
    const items = await reviewItems();
    const li = items.find((i) => i.deviceKey === 'laptop-02');
    const zhangSame = items.find((i) => i.deviceKey === 'laptop-01' && i.conflictKey === li?.conflictKey);
    if (!li || !zhangSame) throw new Error('conflict versions missing');
    expect(await dispatch(ctx, 'sync:review', { importedId: li.importedId, decision: 'returned' })).toMatchObject({
      ok: false,
      error: { code: 'OFFICE_RETURN_COMMENT_REQUIRED' },
    });
    expect(await dispatch(ctx, 'sync:review', { importedId: li.importedId, decision: 'returned', comment: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'OFFICE_RETURN_COMMENT_REQUIRED' },
    });
    const returned = await value<SyncReviewItem>('sync:review', {
      importedId: li.importedId,
      decision: 'returned',
      comment: '与张三的评分重复,以张三版本为准。',
    });
    expect(returned).toMatchObject({ reviewStatus: 'returned', reviewComment: '与张三的评分重复,以张三版本为准。' });
    for (const item of items.filter((i) => i.deviceKey === 'laptop-01'))
      await value('sync:review', { importedId: item.importedId, decision: 'accepted' });
    expect((await value<SyncConflict[]>('sync:conflicts', {}))[0]?.resolved).toBe(true);
    expect(zhangSame.reviewStatus).toBe('pending');
  });

  it('R-YQ-07 summary by filing year with the accepted versions, exported as XLSX and as the printed PDF', async () => {
    const summary = await value<SyncSummary & { exported: SyncExportedFile | null }>('sync:summary', {});
    expect(summary.exported).toBeNull();
    expect(summary.years.map((y) => [y.filingYear, y.rows.length])).toEqual([
      [2020, 2],
      [2021, 1],
    ]);
    expect(summary.years[1]?.rows[0]?.opinion).toBe('terminate');
    expect(summary.excluded).toEqual([]);

    const xlsx = await value<SyncSummary & { exported: SyncExportedFile }>('sync:summary', { export: 'xlsx' });
    expect(xlsx.exported.file).toMatch(/^summary-\d{8}T\d{6}Z\.xlsx$/);
    expect(xlsx.exported.path).toBe(join(ctx.dataDir, 'reports', xlsx.exported.file));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx.exported.path) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['评估意见汇总表', '工作情况统计表']);

    const pdf = await value<SyncSummary & { exported: SyncExportedFile }>('sync:summary', { export: 'pdf' });
    const text = pdfText(pdf.exported.path).replace(/\s+/g, '');
    expect(text).toContain('评估意见汇总表');
    for (const row of summary.years.flatMap((y) => y.rows)) expect(text).toContain(row.filingNo);
    expect(text).toContain('小计');
    expect(text).toContain('合计');
    expect(text).toContain('阳泉市人力资源和社会保障局');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.exported.path, join(SCREENSHOT_DIR, 'office-summary-pdf')]);
    expect(await value<SyncOpenedFile>('sync:openFile', { exportFile: pdf.exported.file })).toMatchObject({ name: pdf.exported.file, opened: false });
  });

  it('summary export on the command line writes the PDF too', async () => {
    const out = join(ctx.dataDir, 'cli-summary.pdf');
    const { code } = await runCliCaptured(['summary', 'export', '--db', scenario.office.path, '--out', out]);
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:.*landscape|Page size:\s+841/);
    const bad = await runCliCaptured(['summary', 'export', '--db', scenario.office.path, '--out', out, '--format', 'docx']);
    expect(bad.code).toBe(2);
  });

  it('office channels refuse a field laptop', async () => {
    expect(await dispatch(scenario.zhang.ctx, 'sync:summary', {})).toMatchObject({ ok: false, error: { code: 'SYNC_ROLE_MISMATCH' } });
    expect(await dispatch(scenario.zhang.ctx, 'sync:reviewList', {})).toMatchObject({ ok: false, error: { code: 'SYNC_ROLE_MISMATCH' } });
  });
});
