import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { listInspections } from '../../../db/repositories/inspections';
import { dispatch } from '../../../electron/handlers/dispatch';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { reportFolder } from '../../../electron/services/pdf/reports-dir';
import { createSelfSignedIdentity, unlockIdentity } from '../../../electron/services/signing/identity';
import { signPdf } from '../../../electron/services/signing/sign-pdf';
import { makeTestContext, type TestContext } from '../../support/context';
import { appendRevision, signatureLayout, objectBody, streamBody, lastTrailer } from '../../support/pdf-increment';
import { shanxiSheetModel } from '../../support/report-fixtures';

// What the report screen is told about a sheet changed between two signatures (reports:list and reports:verify).

let ctx: TestContext;
let modifiedSheet: Buffer;

beforeAll(async () => {
  const [first, second] = ['张三', '李四'].map((commonName) =>
    unlockIdentity(createSelfSignedIdentity({ commonName, passphrase: 'panel-pin-2023' }), 'panel-pin-2023'),
  );
  const details = (name: string) => ({ reason: '专家评估组成员签署评估结果', name, location: '阳泉市' });
  const once = await signPdf(await renderReport(shanxiSheetModel()), first!, details('张三'));
  const { page } = signatureLayout(once);
  const overlay = lastTrailer(once).size;
  const changed = appendRevision(once, [
    { num: overlay, body: streamBody('q 1 1 1 rg 80 90 300 40 re f Q') },
    { num: page, body: objectBody(once, page).replace(/\/Contents (\d+) 0 R/, `/Contents [$1 0 R ${overlay} 0 R]`) },
  ]);
  modifiedSheet = await signPdf(changed, second!, details('李四'));
});
beforeEach(() => {
  ctx = makeTestContext();
  createDemoData(ctx.db);
});
afterEach(() => ctx.cleanup());

describe('the report screen on a sheet changed after the first signature', () => {
  it('lists the first signature as modified-after-signing, the second as valid, the file as failing', async () => {
    const inspectionId = listInspections(ctx.db)[0]?.id ?? 0;
    const folder = reportFolder(ctx.dataDir, inspectionId);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'sheet-changed.pdf'), modifiedSheet);

    const listed = await dispatch(ctx, 'reports:list', { inspectionId });
    expect(listed.ok).toBe(true);
    const entry = listed.ok
      ? (listed.value as { file: string; valid: boolean; signatures: { status: string; valid: boolean }[] }[]).find(
          (e) => e.file === 'sheet-changed.pdf',
        )
      : undefined;
    expect(entry?.valid).toBe(false);
    expect(entry?.signatures.map((s) => [s.status, s.valid])).toEqual([
      ['modified-after-signing', false],
      ['valid', true],
    ]);

    const verified = await dispatch(ctx, 'reports:verify', { file: 'sheet-changed.pdf', inspectionId });
    expect(verified).toMatchObject({ ok: true, value: { valid: false, signatures: [{ status: 'modified-after-signing' }, { status: 'valid' }] } });
  });
});
