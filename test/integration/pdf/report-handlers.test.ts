import { join } from 'node:path';
import { afterAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { saveAnswer } from '../../../db/repositories/answers';
import { createInspection } from '../../../db/repositories/inspections';
import { addSignature } from '../../../db/repositories/signatures';
import { dispatch } from '../../../electron/handlers/dispatch';
import { stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import { runCliCaptured } from '../../support/cli';
import { makeTestContext, type TestContext } from '../../support/context';
import { pdfsig, pdfText } from '../../support/poppler';
import { TINY_PNG } from '../../support/report-fixtures';
import { getTemplate } from '../../../shared/domain/templates';

const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');

let ctx: TestContext;
let inspectionId: number;
let institutionName: string;

beforeEach(() => {
  ctx = makeTestContext();
  createDemoData(ctx.db);
  const filing = ctx.db
    .prepare(`SELECT f.id AS filingId, f.institution_id AS institutionId, f.listed_name AS name FROM filings f ORDER BY f.id LIMIT 1`)
    .get() as { filingId: number; institutionId: number; name: string };
  institutionName = filing.name;
  inspectionId = createInspection(
    ctx.db,
    {
      institutionId: filing.institutionId,
      filingId: filing.filingId,
      templateId: shanxiRenewal2023.id,
      templateVersion: shanxiRenewal2023.version,
      panel: [
        { name: '张三', role: 'lead' },
        { name: '李四', role: 'member' },
      ],
      inspectionDate: '2023-09-12',
    },
    '张三',
  ).id;
  saveAnswer(ctx.db, { inspectionId, itemId: '1.1.1', answer: { deductions: { a: [{ count: 1 }] } }, actor: '张三' });
  addSignature(ctx.db, { inspectionId, signerName: '张三', role: 'panelLead', imagePng: Buffer.from(TINY_PNG, 'base64'), actor: '张三' });
});
afterEach(() => ctx.cleanup());
afterAll(() => stopPdfWorker());

describe('reports IPC', () => {
  it('generates the sheet from the database on the worker, signs it twice and verifies both signatures', async () => {
    const generated = await dispatch(ctx, 'reports:generate', { kind: 'sheet', inspectionId });
    expect(generated.ok).toBe(true);
    if (!generated.ok) return;
    const { file, path } = generated.value as { file: string; path: string };
    // One inspection's reports share a folder: the one `bundle export` sends to the office.
    expect(path).toBe(join(ctx.dataDir, 'reports', String(inspectionId), file));
    expect(pdfText(path).replace(/\s+/g, '')).toContain(institutionName.replace(/\s+/g, ''));

    for (const [inspectorId, signerName] of [
      ['1', '张三'],
      ['2', '李四'],
    ] as const) {
      const signed = await dispatch(ctx, 'reports:sign', { file, inspectionId, inspectorId, signerName, passphrase: 'panel-pin-2023' });
      expect(signed).toMatchObject({ ok: true, value: { signer: signerName, issuer: 'self' } });
    }
    expect(await dispatch(ctx, 'reports:verify', { file })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch(ctx, 'reports:verify', { file, inspectionId })).toMatchObject({
      ok: true,
      value: { valid: true, signatures: [{ signer: '张三' }, { signer: '李四' }] },
    });
    expect(pdfsig(path).match(/Signature is Valid\./g)?.length).toBe(2);
  });

  it('R-YQ-05 a veto saved through the store prints as 是 and terminates the filing on the sheet', async () => {
    saveAnswer(ctx.db, { inspectionId, itemId: 'veto:四(一)5', answer: { answer: '是', note: '考场秩序混乱' }, actor: '张三' });
    const generated = await dispatch(ctx, 'reports:generate', { kind: 'sheet', inspectionId });
    expect(generated.ok).toBe(true);
    if (!generated.ok) return;
    const text = pdfText((generated.value as { path: string }).path).replace(/\s+/g, '');
    expect(text).toContain('终止备案');
    expect(text).toContain('考场秩序混乱');
  });

  it('refuses a path instead of a report file name', async () => {
    expect(await dispatch(ctx, 'reports:verify', { file: '../app.sqlite' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  });

  it('the CLI prints the same sheet from a database file', async () => {
    const out = `${ctx.dataDir}/cli-sheet.pdf`;
    const { code } = await runCliCaptured([
      'report',
      '--db',
      ctx.databasePath,
      '--inspection',
      String(inspectionId),
      '--kind',
      'sheet',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('1.1.1');
    expect(text).toContain('张三');
  });
});
