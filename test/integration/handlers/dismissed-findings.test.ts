import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { listAnswers } from '../../../db/repositories/answers';
import { getTemplate } from '../../../shared/domain/templates';
import { answersFromRows } from '../../../shared/store/answer-keys';
import type { InspectionRecord } from '../../../shared/store/records';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk, expectRefused } from '../../support/handler-calls';

// Automatic findings the inspector did not adopt are an answer row of their own: saved and logged like any answer,
// so revisions (copyAnswers) and sync bundles carry them as they carry every answer row, and never part of the score.
let ctx: TestContext;
let draft: InspectionRecord;
beforeEach(async () => {
  ctx = makeTestContext();
  createDemoData(ctx.db);
  const filing = ctx.db.prepare('SELECT id, institution_id AS institutionId FROM filings ORDER BY id LIMIT 1').get() as {
    id: number;
    institutionId: number;
  };
  draft = await callOk<InspectionRecord>(ctx, 'inspections:create', {
    institutionId: filing.institutionId,
    filingId: filing.id,
    templateId: 'shanxi-renewal-2023',
    panel: [{ name: '李评估', role: 'lead' }],
    inspectionDate: '2023-09-10',
  });
});
afterEach(() => ctx.cleanup());

describe('dismissed automatic findings', () => {
  it('are saved with an audit entry and leave the scored answers as they were', async () => {
    const template = getTemplate('shanxi-renewal-2023');
    const scoredBefore = answersFromRows(template, listAnswers(ctx.db, draft.id));
    const saved = await callOk<{ changed: boolean; auditSeq: number }>(ctx, 'inspections:saveAnswer', {
      inspectionId: draft.id,
      itemId: 'dismissedFindings',
      answer: ['R-DL-08:2021-003'],
    });
    expect(saved.changed).toBe(true);
    expect(ctx.db.prepare('SELECT item_id AS itemId, new_json AS newJson FROM audit_log WHERE seq = ?').get(saved.auditSeq)).toEqual({
      itemId: 'dismissedFindings',
      newJson: '["R-DL-08:2021-003"]',
    });
    expect(answersFromRows(template, listAnswers(ctx.db, draft.id))).toEqual(scoredBefore);
  });

  it('are refused in any other shape, changing nothing', async () => {
    await expectRefused(
      ctx,
      'inspections:saveAnswer',
      { inspectionId: draft.id, itemId: 'dismissedFindings', answer: { 'R-DL-08:2021-003': true } },
      'INVALID_ANSWER',
    );
    await expectRefused(ctx, 'inspections:saveAnswer', { inspectionId: draft.id, itemId: 'dismissedFindings', answer: [''] }, 'INVALID_ANSWER');
  });
});
