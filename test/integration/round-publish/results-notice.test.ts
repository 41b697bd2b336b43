import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../electron/handlers/context';
import type { SyncReviewItem, SyncReviewPage } from '../../../shared/ipc/channels/sync';
import { runCliCaptured } from '../../support/cli';
import { scriptedDialogs } from '../../harness/scripted-dialogs';
import { callOk } from '../../support/handler-calls';
import { pdfText } from '../../support/poppler';
import { officeWithImport, prepareRectificationWorld, type RectificationWorld } from '../rectification/rectification-fixtures';
import { insertDrawnRound, storedIdNumbers } from './publish-fixtures';

const squeeze = (text: string): string => text.replace(/\s+/g, '');

let setup: RectificationWorld;
let office: { ctx: HandlerContext; close: () => void };
let roundUid: string;
let filingNos: { deferred: string; clean: string; suspended: string; uninspected: string };
let roundName: string;
let pdfPath: string;
let xlsxPath: string;

async function reviewItem(ctx: HandlerContext, filingId: number): Promise<SyncReviewItem> {
  const { items } = await callOk<SyncReviewPage>(ctx, 'sync:reviewList', {});
  const item = items.find((i) => i.filingId === filingId);
  if (!item) throw new Error(`no review item for filing ${filingId}`);
  return item;
}

/** Writes a granted file through the window's path: the save dialog answers it, then roundPlans:publish. */
async function publish(ctx: HandlerContext, format: 'pdf' | 'xlsx', path: string): Promise<void> {
  const dialogs = scriptedDialogs();
  const withDialogs = Object.assign(ctx, { chooseSaveFile: dialogs.chooseSaveFile });
  dialogs.answerNext(path, 'save');
  await callOk(withDialogs, 'files:chooseSave', { kind: format, title: '另存为', defaultName: 'file' });
  await callOk(ctx, 'roundPlans:publish', { roundUid, kind: 'results', format, path });
}

/**
 * The laptop made its three inspections in one round (it opened it, no pack named one); the office plans and draws
 * that round over the three filings and one more the laptop never inspected. `deferred` and `suspended` are accepted
 * (both outcomes order rectification), `clean` waits for review, `uninspected` has no inspection at all.
 */
beforeAll(async () => {
  setup = await prepareRectificationWorld();
  office = officeWithImport(setup, 'publish-results.sqlite');
  const { ctx } = office;
  const { deferred, clean, suspended } = setup.filings;
  const items = { deferred: await reviewItem(ctx, deferred), clean: await reviewItem(ctx, clean), suspended: await reviewItem(ctx, suspended) };
  const laptopRound = items.deferred.round;
  if (!laptopRound || items.clean.round?.uid !== laptopRound.uid || items.suspended.round?.uid !== laptopRound.uid)
    throw new Error('the laptop’s inspections are not in one round');
  roundName = laptopRound.name;
  const uninspected = ctx.db
    .prepare('SELECT id, filing_no FROM filings WHERE id NOT IN (?, ?, ?) ORDER BY id LIMIT 1')
    .get(deferred, clean, suspended) as {
    id: number;
    filing_no: string;
  };
  ({ roundUid } = insertDrawnRound(ctx.db, [deferred, clean, suspended, uninspected.id], laptopRound.uid));
  filingNos = {
    deferred: items.deferred.filingNo,
    clean: items.clean.filingNo,
    suspended: items.suspended.filingNo,
    uninspected: uninspected.filing_no,
  };
  await callOk(ctx, 'sync:review', { importedId: items.deferred.importedId, decision: 'accepted' });
  await callOk(ctx, 'sync:review', { importedId: items.suspended.importedId, decision: 'accepted' });
  pdfPath = setup.world.temp.file('检查结果公示.pdf');
  xlsxPath = setup.world.temp.file('检查结果公示.xlsx');
  await publish(ctx, 'pdf', pdfPath);
  await publish(ctx, 'xlsx', xlsxPath);
}, 300_000);

afterAll(() => {
  office.close();
  setup.world.close();
});

describe('一公开: the results notice', () => {
  it('gives the accepted outcome and score of the round’s inspection, its rectification, and 尚未完成 for the others', () => {
    const text = squeeze(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }));
    expect(text).toContain(squeeze(`${roundName}“双随机、一公开”检查结果公示`));
    expect(text).toContain('阳泉市人力资源和社会保障局');
    expect(text).toContain('共4个，已完成检查2个');
    const lines = pdfText(pdfPath).split('\n');
    const rowOf = (filingNo: string) => lines.find((line) => line.includes(filingNo)) ?? '';
    expect(rowOf(filingNos.deferred)).toMatch(/2023-09-05\s+\d+(\.\d+)?\s+暂时不予延续备案\s+限 2023-11-05 前整改，待整改/);
    expect(rowOf(filingNos.suspended)).toMatch(/2023-09-06\s+\d+(\.\d+)?\s+\S+\s+限 \S+ 前整改，待整改/);
    // Inspected but not yet reviewed, and never inspected: no result to publish yet.
    expect(rowOf(filingNos.clean)).toMatch(/—\s+—\s+尚未完成\s+—/);
    expect(rowOf(filingNos.uninspected)).toMatch(/—\s+—\s+尚未完成\s+—/);
    for (const id of storedIdNumbers(office.ctx.db)) expect(text).not.toContain(id);
  });

  it('exports the same as XLSX: one sheet 检查结果 with a frozen header row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['检查结果']);
    const sheet = workbook.getWorksheet('检查结果') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
    expect(rows[0]).toEqual(['序号', '机构名称', '机构备案号', '机构类别', '检查日期', '得分', '评估意见', '整改情况']);
    const byNo = new Map(rows.slice(1).map((row) => [row[2], row]));
    expect(byNo.get(filingNos.deferred)?.slice(4, 7)).toEqual(['2023-09-05', expect.stringMatching(/^\d+(\.\d+)?$/), '暂时不予延续备案']);
    expect(byNo.get(filingNos.deferred)?.[7]).toBe('限 2023-11-05 前整改，待整改');
    expect(byNo.get(filingNos.clean)?.slice(4, 8)).toEqual(['', '', '尚未完成', '']);
    expect(byNo.get(filingNos.uninspected)?.slice(4, 8)).toEqual(['', '', '尚未完成', '']);
    expect(byNo.get(filingNos.suspended)?.[4]).toBe('2023-09-06');
  });
});

describe('round publish (CLI)', () => {
  const databasePath = () => office.ctx.databasePath;

  it('writes the draw notice and the results notice from the command line', async () => {
    for (const [kind, format] of [
      ['draw', 'pdf'],
      ['results', 'xlsx'],
    ] as const) {
      const out = setup.world.temp.file(`cli-${kind}.${format}`);
      const result = await runCliCaptured([
        'round',
        'publish',
        '--db',
        databasePath(),
        '--round',
        roundUid,
        '--kind',
        kind,
        '--format',
        format,
        '--out',
        out,
      ]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain(out);
      expect(existsSync(out)).toBe(true);
    }
  });

  it('refuses an unknown kind, a file whose extension is not the format’s and a round not drawn, with exit 2', async () => {
    const base = ['round', 'publish', '--db', databasePath(), '--round', roundUid, '--format', 'pdf'];
    const badKind = await runCliCaptured([...base, '--kind', 'everything', '--out', setup.world.temp.file('x.pdf')]);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('--kind');
    const wrong = setup.world.temp.file('x.xlsx');
    const badExtension = await runCliCaptured([...base, '--kind', 'draw', '--out', wrong]);
    expect(badExtension.code).toBe(2);
    expect(badExtension.stderr).toContain('.pdf');
    expect(existsSync(wrong)).toBe(false);
    const notDrawn = await runCliCaptured([
      'round',
      'publish',
      '--db',
      databasePath(),
      '--round',
      'd'.repeat(32),
      '--kind',
      'draw',
      '--format',
      'pdf',
      '--out',
      setup.world.temp.file('y.pdf'),
    ]);
    expect(notDrawn.code).toBe(2);
    expect(notDrawn.stderr).toContain('ROUND_PLAN_NOT_FOUND');
  });
});
