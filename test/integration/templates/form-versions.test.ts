import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { listAnswers } from '../../../db/repositories/answers';
import { openDatabase } from '../../../db/open';
import { listFormTemplates } from '../../../db/repositories/form-templates';
import { pinnedTemplateHash } from '../../../db/repositories/inspection-template-pins';
import { listInspections, requireInspection } from '../../../db/repositories/inspections';
import { createRevision } from '../../../db/repositories/revisions';
import { loadSummaryModel } from '../../../electron/services/pdf/load/summary-model';
import { stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import { scoreInspection } from '../../../electron/services/sync/review/score-inspection';
import {
  currentTemplate,
  importTemplate,
  listStoredTemplates,
  templateByHash,
  templateForInspection,
} from '../../../electron/services/templates/template-store';
import { score } from '../../../shared/domain/scoring';
import { templateHash, type Template } from '../../../shared/domain/templates';
import { answersFromRows } from '../../../shared/store/answer-keys';
import { getTemplate } from '../../../shared/domain/templates/registry';
import type { GeneratedReport } from '../../../shared/ipc/channels/reports';
import type { InspectionRecord } from '../../../shared/store/records';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk } from '../../support/handler-calls';
import { pdfText } from '../../support/poppler';
import { dumpDatabase } from '../../support/dump';

const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');

/** The Shanxi form as a later, stricter version: a new title and every deduction rule taking the item's full points. */
function shanxiNextVersion(version = '2023.2'): Template {
  const next = structuredClone(shanxiRenewal2023) as Template;
  next.version = version;
  next.title = `${next.title}（修订版）`;
  for (const section of next.sections)
    for (const group of section.groups)
      for (const item of group.items) if (item.scoring.kind === 'deduction') for (const rule of item.scoring.rules) rule.points = item.maxPoints;
  return next;
}

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext({ now: () => new Date('2023-09-10T08:00:00.000Z') });
});
afterEach(() => ctx.cleanup());
afterAll(async () => {
  await stopPdfWorker();
});

function lockedDemoInspection(): InspectionRecord {
  createDemoData(ctx.db);
  const locked = listInspections(ctx.db).find((i) => i.status === 'locked');
  if (!locked) throw new Error('the demo has a locked inspection');
  return locked;
}

async function sheetText(inspectionId: number): Promise<string> {
  const report = await callOk<GeneratedReport>(ctx, 'reports:generate', { kind: 'sheet', inspectionId });
  return pdfText(report.path);
}

describe('form versions never rewrite history', () => {
  it('opening a database registers the built-in forms once, as current versions of origin builtin', () => {
    const stored = listStoredTemplates(ctx.db);
    expect(stored.map((s) => [s.id, s.version, s.origin, s.current]).sort()).toEqual([
      ['shandong-enterprise-2024', '2024.1', 'builtin', true],
      ['shanxi-renewal-2023', '2023.1', 'builtin', true],
    ]);
    const before = dumpDatabase(ctx.db);
    ctx.db.close();
    const { db } = openDatabase(ctx.databasePath);
    expect(dumpDatabase(db)).toBe(before);
    db.close();
  });

  it('a second version imported later changes neither the first inspection’s score, its sheet PDF text nor the office summary', async () => {
    const inspection = lockedDemoInspection();
    const scoreBefore = scoreInspection(ctx.db, inspection);
    const textBefore = await sheetText(inspection.id);
    const summaryBefore = loadSummaryModel(ctx.db);

    const next = shanxiNextVersion();
    expect(importTemplate(ctx.db, next, 'imported')).toMatchObject({ id: next.id, version: '2023.2', status: 'added' });
    // The new version is current for new inspections, and would score the same answers lower.
    expect(currentTemplate(ctx.db, next.id).hash).toBe(templateHash(next));
    expect(
      listStoredTemplates(ctx.db)
        .filter((s) => s.id === next.id)
        .map((s) => [s.version, s.current]),
    ).toEqual([
      ['2023.1', false],
      ['2023.2', true],
    ]);

    const answers = answersFromRows(next, listAnswers(ctx.db, inspection.id));
    expect(score(next, answers).total).toBeLessThan(scoreBefore.total ?? 0);

    expect(templateForInspection(ctx.db, inspection.id)).toEqual(shanxiRenewal2023);
    expect(scoreInspection(ctx.db, requireInspection(ctx.db, inspection.id))).toEqual(scoreBefore);
    expect(await sheetText(inspection.id)).toBe(textBefore);
    expect(textBefore).not.toContain('修订版');
    expect(loadSummaryModel(ctx.db)).toEqual(summaryBefore);
  });

  it('a revision keeps its parent’s pin, even after a newer version became current', () => {
    const inspection = lockedDemoInspection();
    const pin = pinnedTemplateHash(ctx.db, inspection.id);
    expect(pin).toBe(templateHash(shanxiRenewal2023));
    importTemplate(ctx.db, shanxiNextVersion(), 'imported');
    const revision = createRevision(ctx.db, inspection.id, '更正笔误', '李评估');
    expect(pinnedTemplateHash(ctx.db, revision.id)).toBe(pin);
    const again = createRevision(ctx.db, inspection.id, '再次更正', '李评估');
    expect(pinnedTemplateHash(ctx.db, again.id)).toBe(pin);
  });

  it('inspections:create pins the current version, or the version asked for by hash', async () => {
    createDemoData(ctx.db);
    const filing = listInspections(ctx.db)[0];
    if (!filing) throw new Error('demo inspection');
    const next = shanxiNextVersion();
    importTemplate(ctx.db, next, 'imported');
    const base = {
      institutionId: filing.institutionId,
      filingId: filing.filingId,
      panel: [{ name: '李评估', role: 'lead' }],
      inspectionDate: '2023-09-10',
    };
    const current = await callOk<InspectionRecord>(ctx, 'inspections:create', { ...base, templateId: next.id });
    expect(current.templateVersion).toBe('2023.2');
    expect(pinnedTemplateHash(ctx.db, current.id)).toBe(templateHash(next));
    const older = await callOk<InspectionRecord>(ctx, 'inspections:create', {
      ...base,
      templateId: next.id,
      templateHash: templateHash(shanxiRenewal2023),
    });
    expect(older.templateVersion).toBe('2023.1');
    expect(pinnedTemplateHash(ctx.db, older.id)).toBe(templateHash(shanxiRenewal2023));
    expect(await callOk<Template>(ctx, 'templates:forInspection', { inspectionId: older.id })).toEqual(shanxiRenewal2023);
  });

  it('import is idempotent, and refuses a changed form under a published version without writing anything', () => {
    const next = shanxiNextVersion();
    expect(importTemplate(ctx.db, next, 'imported').status).toBe('added');
    const afterFirst = dumpDatabase(ctx.db);
    expect(importTemplate(ctx.db, structuredClone(next), 'imported').status).toBe('alreadyPresent');
    expect(dumpDatabase(ctx.db)).toBe(afterFirst);

    const changed = { ...structuredClone(next), title: '另一个标题' };
    expect(() => importTemplate(ctx.db, changed, 'imported')).toThrow(
      expect.objectContaining({ code: 'TEMPLATE_VERSION_TAKEN', params: { id: next.id, version: '2023.2' } }),
    );
    // The built-in version is published too.
    expect(() => importTemplate(ctx.db, { ...structuredClone(shanxiRenewal2023), title: '改过的' }, 'imported')).toThrow(
      expect.objectContaining({ code: 'TEMPLATE_VERSION_TAKEN' }),
    );
    expect(dumpDatabase(ctx.db)).toBe(afterFirst);
  });

  it('a form with validation errors is refused and nothing is stored', () => {
    const broken = shanxiNextVersion('2023.3');
    broken.sections[0]?.groups[0]?.items.push(structuredClone(broken.sections[0].groups[0].items[0]!));
    const before = dumpDatabase(ctx.db);
    expect(() => importTemplate(ctx.db, broken, 'imported')).toThrow(expect.objectContaining({ code: 'TEMPLATE_REFUSED' }));
    expect(dumpDatabase(ctx.db)).toBe(before);
  });

  it('a stored version whose canonical JSON was tampered with is refused by templateByHash, never used', () => {
    const hash = templateHash(shanxiRenewal2023);
    expect(templateByHash(ctx.db, hash)).toEqual(shanxiRenewal2023);
    const tampered = JSON.stringify({ ...shanxiRenewal2023, title: '被篡改的评估表' });
    ctx.db.exec('DROP TRIGGER form_templates_no_update');
    ctx.db.prepare('UPDATE form_templates SET canonical_json = ? WHERE hash = ?').run(tampered, hash);
    expect(() => templateByHash(ctx.db, hash)).toThrow(expect.objectContaining({ code: 'TEMPLATE_STORE_TAMPERED' }));
    ctx.db.prepare('UPDATE form_templates SET canonical_json = ? WHERE hash = ?').run('{"id":"x"}', hash);
    expect(() => templateByHash(ctx.db, hash)).toThrow(expect.objectContaining({ code: 'TEMPLATE_STORE_TAMPERED' }));
  });

  it('an inspection written before migration 0012 is pinned by its id + version at the next open', () => {
    createDemoData(ctx.db);
    const ids = listInspections(ctx.db).map((i) => i.id);
    ctx.db.exec('DELETE FROM inspection_template_pins');
    expect(ids.map((id) => pinnedTemplateHash(ctx.db, id))).toEqual(ids.map(() => null));
    // Unpinned, it is still read with its own version (reading never pins).
    expect(templateForInspection(ctx.db, ids[0] ?? 0).id).toBe(listInspections(ctx.db)[0]?.templateId);
    ctx.db.close();
    const { db } = openDatabase(ctx.databasePath);
    try {
      const byId = new Map(listFormTemplates(db).map((r) => [`${r.templateId}@${r.templateVersion}`, r.hash]));
      for (const inspection of listInspections(db)) {
        expect(pinnedTemplateHash(db, inspection.id)).toBe(byId.get(`${inspection.templateId}@${inspection.templateVersion}`));
      }
    } finally {
      db.close();
    }
  });
});
