import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import type { InspectionDetail } from '../../../shared/ipc/channels/inspections';
import type { InspectionRecord } from '../../../shared/store/records';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk } from '../../support/handler-calls';
import { dumpDatabase } from '../../support/dump';

// The outcome rules need the filing year (附件4 track). It is stored when the inspection is created, so opening the
// scoring page never has to write it.
let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
  createDemoData(ctx.db);
});
afterEach(() => ctx.cleanup());

const filing = () =>
  ctx.db
    .prepare(`SELECT id, institution_id AS institutionId, filing_year AS filingYear FROM filings WHERE filing_year = 2021 ORDER BY id LIMIT 1`)
    .get() as {
    id: number;
    institutionId: number;
    filingYear: number;
  };

describe('the scoring context of an inspection', () => {
  it('is stored with the inspection when it is created, in the audit log under the creator', async () => {
    const { id: filingId, institutionId, filingYear } = filing();
    const created = await callOk<InspectionRecord>(ctx, 'inspections:create', {
      institutionId,
      filingId,
      templateId: 'shanxi-renewal-2023',
      panel: [{ name: '李评估', role: 'lead' }],
      inspectionDate: '2023-09-10',
    });

    const detail = await callOk<InspectionDetail>(ctx, 'inspections:get', { id: created.id });
    expect(detail.answers.map((a) => [a.itemId, a.answer])).toEqual([['context', { filingYear }]]);
    const audit = ctx.db
      .prepare(`SELECT entity, item_id AS itemId, action, new_json AS newJson FROM audit_log WHERE inspection_id = ? ORDER BY seq`)
      .all(created.id);
    expect(audit).toEqual([
      expect.objectContaining({ entity: 'inspection', action: 'create' }),
      { entity: 'answer', itemId: 'context', action: 'create', newJson: JSON.stringify({ filingYear }) },
    ]);
  });

  it('reading an inspection and what its pages load writes nothing', async () => {
    const draft = ctx.db.prepare(`SELECT id, institution_id AS institutionId FROM inspections WHERE status = 'draft'`).get() as {
      id: number;
      institutionId: number;
    };
    const before = dumpDatabase(ctx.db);
    await callOk(ctx, 'inspections:get', { id: draft.id });
    await callOk(ctx, 'institutions:get', { id: draft.institutionId, includeCandidates: true });
    expect(dumpDatabase(ctx.db)).toBe(before);
  });
});
