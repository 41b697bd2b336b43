import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../../../electron/services/pdf/build-document';
import { installPdfmakePatches, PATCH_PROBES, patchUses } from '../../../electron/services/pdf/patches';
import { replacedMethods } from '../../support/pdfmake-patches';
import { renderPdf } from '../../../electron/services/pdf/pdfmake-runtime';
import { shanxiSheetModel } from '../../support/report-fixtures';
import { pdfText } from '../../support/poppler';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

// This file's own process: pdfmake is loaded fresh, nothing patched it before the first test.
describe('the PDF speed-ups on the pinned pdfmake, pdfkit and fontkit', () => {
  it('are all installed, without a warning, and each replaced method is ours', () => {
    const stock = replacedMethods();
    const warn = vi.fn();
    const decision = installPdfmakePatches({ warn });
    expect(decision).toEqual({ installed: true, problems: [] });
    expect(warn).not.toHaveBeenCalled();
    const now = replacedMethods();
    for (const [name, method] of Object.entries(stock)) expect(now[name], name).not.toBe(method);
  });

  it('each does its own work when reports are rendered (a second report reuses the parsed fonts and split signatures)', async () => {
    const before = patchUses();
    const model = shanxiSheetModel();
    await renderPdf(buildDocument(model));
    const pdf = await renderPdf(buildDocument(model));
    const after = patchUses();
    for (const probe of PATCH_PROBES) expect(after[probe] - before[probe], probe).toBeGreaterThan(0);
    const file = temp.file('sheet.pdf');
    writeFileSync(file, pdf);
    expect(pdfText(file)).toContain(model.institution.name);
  });
});
