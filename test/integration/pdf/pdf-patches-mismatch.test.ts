import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../../../electron/services/pdf/build-document';
import { installPdfmakePatches, PATCH_PROBES, patchUses } from '../../../electron/services/pdf/patches';
import { PINNED_VERSIONS } from '../../../electron/services/pdf/patches/upstream-versions';
import { renderPdf } from '../../../electron/services/pdf/pdfmake-runtime';
import { replacedMethods, textOperatorCounts } from '../../support/pdfmake-patches';
import { pdfText } from '../../support/poppler';
import { shanxiSheetModel } from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

// This file's own process: pdfmake is loaded fresh, and the guard decides once per process.
describe('the PDF speed-ups when an upstream version is not the one they were written for', () => {
  it('installs none of them, warns once, and renders the report with stock pdfmake', async () => {
    const stock = replacedMethods();
    const warn = vi.fn();
    const decision = installPdfmakePatches({ versions: { ...PINNED_VERSIONS, pdfkit: '0.19.2' }, warn });
    expect(decision.installed).toBe(false);
    expect(decision.problems.join('\n')).toContain('pdfkit 0.19.2');

    const model = shanxiSheetModel();
    // renderPdf prepares pdfmake, which asks the guard again: the first answer stands.
    await renderPdf(buildDocument(model));
    const pdf = await renderPdf(buildDocument(model));
    expect(installPdfmakePatches()).toBe(decision);

    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('pdfkit 0.19.2');
    expect(replacedMethods()).toEqual(stock);
    expect(Object.values(patchUses())).toEqual(PATCH_PROBES.map(() => 0));
    const file = temp.file('sheet-stock.pdf');
    writeFileSync(file, pdf);
    const text = pdfText(file);
    expect(text).toContain(model.institution.name);
    expect(text).toContain('评估');
    // Stock pdfkit: one text object, with one text matrix, per piece (pdf-patches-worker.test.ts relies on the difference).
    const { bt, tm } = textOperatorCounts(file);
    expect(bt).toBeGreaterThan(100);
    expect(tm).toBeLessThan(1.2 * bt);
  });
});
