import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryLayoutOf } from '../../../electron/services/pdf/layout/summary-layout';
import type { ReportModel } from '../../../electron/services/pdf/model';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { getTemplate } from '../../../shared/domain/templates/registry';
import { pdfText } from '../../support/poppler';
import * as fixtures from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';

const shandongEnterprise2024 = getTemplate('shandong-enterprise-2024');
const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');

// The official forms print from their data now; their text, laid out as pdftotext reads it, must not move.
// A deliberate change to a printed form updates these files with `npx vitest run <this file> -u` and shows in review.

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const TEXT_DIR = join(__dirname, '../../fixtures/pdf/official-text');

async function printedText(name: string, model: ReportModel): Promise<string> {
  const file = temp.file(`${name}.pdf`);
  writeFileSync(file, await renderReport(model));
  return pdfText(file);
}

describe('the official layouts print the text they printed when they were code', () => {
  const cases: [string, () => ReportModel][] = [
    ['blank-shanxi', () => ({ kind: 'blank', template: shanxiRenewal2023 })],
    ['blank-shandong', () => ({ kind: 'blank', template: shandongEnterprise2024 })],
    ['sheet-shanxi', fixtures.shanxiSheetModel],
    ['sheet-shandong', fixtures.shandongSheetModel],
    ['summary-shanxi', fixtures.summaryModel],
  ];
  it.each(cases)('%s', async (name, model) => {
    await expect(await printedText(name, model())).toMatchFileSnapshot(join(TEXT_DIR, `${name}.txt`));
  });

  it('the Shanxi form gives the summary the columns 阳人社函〔2023〕221号 附件4 prints', async () => {
    // The same printed fingerprint for both: a model with a layout hashes differently.
    const model = { ...fixtures.summaryModel(), fingerprint: '0123456789abcdef' };
    const text = await printedText('summary-from-form', { ...model, layout: summaryLayoutOf(shanxiRenewal2023) });
    expect(text).toBe(await printedText('summary-default', model));
  });
});
