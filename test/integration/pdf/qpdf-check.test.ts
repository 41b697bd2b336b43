import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../electron/services/pdf/model';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { createSelfSignedIdentity, unlockIdentity, type SigningIdentity } from '../../../electron/services/signing/identity';
import { signPdf } from '../../../electron/services/signing/sign-pdf';
import { qpdfCheck, qpdfInstalled } from '../../support/qpdf';
import * as fixtures from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';
import { getTemplate } from '../../../shared/domain/templates';

const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');

// Issue 19, point 6: every PDF the app writes passes `qpdf --check` without warnings. @signpdf/placeholder-plain's
// incremental update had startxref pointing at the line end before `xref` and an over-counted /Size.

const temp = makeTempDir();
const PASSPHRASE = 'panel-pin-2023';
let panel: SigningIdentity[];
afterAll(() => temp.cleanup());
if (!qpdfInstalled) console.warn('qpdf-check.test.ts skipped: qpdf is not installed (apt-get install qpdf)');

function expectQpdfClean(name: string, pdf: Buffer): void {
  const file = temp.file(`${name}.pdf`);
  writeFileSync(file, pdf);
  const { code, output } = qpdfCheck(file);
  expect(output, name).not.toContain('WARNING');
  expect(code, `${name}: ${output}`).toBe(0);
}

describe.skipIf(!qpdfInstalled)('qpdf --check (skipped when qpdf is not installed)', () => {
  beforeAll(() => {
    panel = ['张三', '李四'].map((commonName) => unlockIdentity(createSelfSignedIdentity({ commonName, passphrase: PASSPHRASE }), PASSPHRASE));
  });

  const unsigned: [string, () => ReportModel][] = [
    ['sheet', fixtures.shanxiSheetModel],
    ['blank form', () => ({ kind: 'blank', template: shanxiRenewal2023 })],
    ['appendix', fixtures.appendixModel],
    ['application', fixtures.applicationModel],
    ['statistics', fixtures.statsModel],
    ['summary', fixtures.summaryModel],
  ];
  it.each(unsigned)('unsigned %s', async (name, model) => {
    expectQpdfClean(name, await renderReport(model()));
  });

  it('a sheet signed by one and then by two panel members', async () => {
    let pdf = await renderReport(fixtures.shanxiSheetModel());
    for (const [index, identity] of panel.entries()) {
      pdf = await signPdf(pdf, identity, { reason: '专家评估组成员签署评估结果', name: identity.commonName, location: '阳泉市' });
      expectQpdfClean(`signed-by-${index + 1}`, pdf);
    }
  });
});
