import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { DEMO_INSPECTORS } from '../../../db/demo/demo-panel';
import { openDatabase } from '../../../db/open';
import { listAnswers } from '../../../db/repositories/answers';
import { getMeta, META_KEYS } from '../../../db/repositories/app-meta';
import { getFiling } from '../../../db/repositories/filings';
import { listFindings } from '../../../db/repositories/findings';
import { listInspections } from '../../../db/repositories/inspections';
import { listDraws } from '../../../db/repositories/sampling-draws';
import { listSignatures } from '../../../db/repositories/signatures';
import { filingPopulation } from '../../../db/sampling/filing-population';
import { onFirstLaunch } from '../../../electron/main/first-launch';
import { stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import { verifyPdf } from '../../../electron/services/signing/verify-pdf';
import { verifyDraw, type DrawRecord } from '../../../shared/domain/sampling';
import { score } from '../../../shared/domain/scoring';
import { getTemplate } from '../../../shared/domain/templates';
import { answersFromRows } from '../../../shared/store/answer-keys';
import { runCliCaptured } from '../../support/cli';
import { makeTestContext } from '../../support/context';
import { pdfsig, pdfText } from '../../support/poppler';
import { makeTempDir } from '../../support/temp';
import { readFileSync } from 'node:fs';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());
afterAll(() => stopPdfWorker());

const PNG_MAGIC = '89504e470d0a1a0a';

function expectTwoValidSignatures(path: string): void {
  const report = pdfsig(path);
  expect(report.match(/Signature is Valid\./g)?.length, report).toBe(2);
  expect(report).not.toMatch(/Digest Mismatch|Signature is Invalid/);
  expect(verifyPdf(readFileSync(path)).signatures.map((s) => s.signer)).toEqual(DEMO_INSPECTORS.map((i) => i.name));
}

describe('demo inspections (演示数据)', () => {
  it('holds one locked Shanxi inspection, completely scored, with draws that re-run, findings on drawn units and three signatures', () => {
    const { db } = openDatabase(temp.file('demo.sqlite'), { create: true });
    createDemoData(db);
    const locked = listInspections(db).filter((i) => i.status === 'locked');
    expect(locked).toHaveLength(1);
    const [inspection] = locked;
    if (!inspection) return;
    expect(inspection.templateId).toBe('shanxi-renewal-2023');
    const template = getTemplate(inspection.templateId);
    const result = score(template, answersFromRows(template, listAnswers(db, inspection.id)));
    expect(result.complete).toBe(true);
    expect(result.passed).toBe(true);
    expect(inspection.scoreHundredths).toBe(result.total);
    expect(result.total).toBeLessThan(template.sections.reduce((sum, s) => sum + s.declaredMax, 0));

    const draws = listDraws(db, inspection.id);
    expect(draws.map((d) => d.purpose)).toEqual(['R-SM-01', 'R-SM-03', 'R-SM-04']);
    const population = filingPopulation(db, inspection.filingId);
    for (const stored of draws) expect(verifyDraw(stored.record as DrawRecord, population), stored.purpose).toMatchObject({ ok: true });

    const findings = listFindings(db, inspection.id);
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const finding of findings.filter((f) => f.drawId !== null)) {
      const record = draws.find((d) => d.id === finding.drawId)?.record as DrawRecord;
      const drawnUnits = [...record.batches.flatMap((b) => [b.batchId, ...b.candidateIds]), ...record.occupations.map((o) => o.occupationCode)];
      expect(drawnUnits, `${finding.itemId} ${finding.unitId}`).toContain(finding.unitId);
    }

    const signatures = listSignatures(db, inspection.id);
    expect(signatures.map((s) => s.role)).toEqual(['panelLead', 'panelMember', 'institutionRep']);
    for (const s of signatures) expect(Buffer.from(s.imagePng).subarray(0, 8).toString('hex')).toBe(PNG_MAGIC);
    db.close();
  });

  it('holds a Shandong draft on an enterprise filing, half scored and unsigned', () => {
    const { db } = openDatabase(temp.file('demo.sqlite'), { create: true });
    createDemoData(db);
    const drafts = listInspections(db).filter((i) => i.status === 'draft');
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    if (!draft) return;
    expect(draft.templateId).toBe('shandong-enterprise-2024');
    expect(getFiling(db, draft.filingId)?.kind).toBe('enterprise');
    const template = getTemplate(draft.templateId);
    const result = score(template, answersFromRows(template, listAnswers(db, draft.id)));
    expect(result.complete).toBe(false);
    expect(listAnswers(db, draft.id).length).toBeGreaterThan(0);
    expect(listSignatures(db, draft.id)).toEqual([]);
    expect(draft.scoreHundredths).toBeNull();
    db.close();
  });
});

describe('signed demo report', () => {
  it("CLI demo writes the sheet signed by both demo inspectors: pdfsig valid, text with the institution, the total and the representative's signature", async () => {
    const file = temp.file('demo.sqlite');
    const cli = await runCliCaptured(['demo', '--db', file, '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    const { report } = JSON.parse(cli.stdout) as { report: { path: string; file: string; created: boolean } };
    expect(report).toMatchObject({ created: true, file: expect.stringMatching(/^demo-sheet-\d+\.pdf$/) });
    expectTwoValidSignatures(report.path);

    const { db } = openDatabase(file, { create: true });
    const [inspection] = listInspections(db).filter((i) => i.status === 'locked');
    const name = db.prepare('SELECT listed_name AS name FROM filings WHERE id = ?').get(inspection?.filingId) as { name: string };
    const representative = listSignatures(db, inspection?.id ?? 0).find((s) => s.role === 'institutionRep');
    expect(getMeta(db, META_KEYS.demoReport)).toBe(report.file);
    db.close();
    const text = pdfText(report.path).replace(/\s+/g, '');
    expect(text).toContain(name.name);
    expect(text).toContain(`最终得分:${(inspection?.scoreHundredths ?? 0) / 100}分`);
    expect(representative).toBeDefined();
    expect(text.split('被评估机构负责人签字')[1]).toMatch(
      new RegExp(`^姓名签名日期${representative?.signerName}${representative?.signedAt.slice(0, 10)}`),
    );

    // Running it again keeps the report (and the database) as they are.
    const again = await runCliCaptured(['demo', '--db', file, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: false, report: { created: false, path: report.path } });
  });

  it('first launch produces the same signed sheet in the background, on the PDF worker', async () => {
    const ctx = makeTestContext();
    try {
      const { demoReport } = onFirstLaunch(ctx, { demoReportDelayMs: 0 });
      const report = await demoReport;
      expect(report).not.toBeNull();
      if (!report) return;
      expect(report.path.startsWith(ctx.dataDir)).toBe(true);
      expectTwoValidSignatures(report.path);
    } finally {
      ctx.cleanup();
    }
  });
});
