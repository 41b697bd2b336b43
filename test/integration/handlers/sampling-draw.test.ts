import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceInspectionStatus } from '../../../db/repositories/inspections';
import { deriveRedrawSeed, type NumberedDraw } from '../../../shared/domain/sampling';
import type { InspectionDetail } from '../../../shared/ipc/channels/inspections';
import { drawableRules } from '../../../shared/ipc/channels/sampling';
import type { InspectionRecord, SamplingDrawRecord } from '../../../shared/store/records';
import type { TestContext } from '../../support/context';
import { callOk, expectRefused, openDemoWithDraft } from '../../support/handler-calls';

let ctx: TestContext;
let draft: InspectionRecord;
beforeEach(async () => {
  ({ ctx, draft } = await openDemoWithDraft('2023-09-10T01:00:00Z'));
});
afterEach(() => ctx.cleanup());

const drawOf = (result: SamplingDrawRecord) => result.record as NumberedDraw;

describe('sampling:draw', () => {
  it('R-SM-06 draws, then refuses a redraw without a reason; a redraw with one is kept beside the first, with a derived seed', async () => {
    const first = await callOk<SamplingDrawRecord>(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-01' });
    expect(first).toMatchObject({ inspectionId: draft.id, purpose: 'R-SM-01', sequence: 1, redrawReason: null, drawnBy: '本机用户' });
    expect(drawOf(first)).toMatchObject({ drawNo: 1, reason: null, seedSource: 'random', rule: 'R-SM-01' });

    const message = await expectRefused(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-01' }, 'REDRAW_REASON_REQUIRED');
    expect(message).toContain('原因');
    await expectRefused(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-01', reason: '   ' }, 'REDRAW_REASON_REQUIRED');

    const second = await callOk<SamplingDrawRecord>(ctx, 'sampling:draw', {
      inspectionId: draft.id,
      rule: 'R-SM-01',
      reason: '抽中批次档案已移交上级',
    });
    expect(second).toMatchObject({ sequence: 2, redrawReason: '抽中批次档案已移交上级' });
    // A redraw cannot fish for a convenient sample: its seed follows from the first draw's.
    expect(drawOf(second)).toMatchObject({
      drawNo: 2,
      seedSource: 'derived',
      seed: deriveRedrawSeed(drawOf(first).seed, 2),
      populationHash: drawOf(first).populationHash,
    });

    const detail = await callOk<InspectionDetail>(ctx, 'inspections:get', { id: draft.id });
    expect(detail.draws.map((d) => [d.purpose, d.sequence, d.redrawReason])).toEqual([
      ['R-SM-01', 1, null],
      ['R-SM-01', 2, '抽中批次档案已移交上级'],
    ]);
  });

  it('R-SM-01 the population is the filing’s batches and candidates by store id — no ID number ever appears', async () => {
    const batches = ctx.db.prepare('SELECT id, batch_no FROM batches WHERE filing_id = ?').all(draft.filingId) as { id: number; batch_no: string }[];
    const candidateIds = ctx.db
      .prepare('SELECT c.id FROM candidates c JOIN batches b ON b.id = c.batch_id WHERE b.filing_id = ?')
      .pluck()
      .all(draft.filingId) as number[];
    const idNumbers = ctx.db.prepare('SELECT id_number FROM candidates').pluck().all() as string[];

    for (const rule of drawableRules) {
      const record = drawOf(await callOk<SamplingDrawRecord>(ctx, 'sampling:draw', { inspectionId: draft.id, rule }));
      expect(record.population).toMatchObject({ batches: batches.length, candidates: candidateIds.length });
      for (const batch of record.batches) {
        expect(batches.map((b) => b.batch_no)).toContain(batch.batchId);
        for (const id of batch.candidateIds) expect(candidateIds.map(String)).toContain(id);
      }
      const stored = JSON.stringify(record);
      expect(idNumbers.filter((n) => stored.includes(n))).toEqual([]);
    }
    const r1 = (await callOk<InspectionDetail>(ctx, 'inspections:get', { id: draft.id })).draws.find((d) => d.purpose === 'R-SM-01');
    expect(drawOf(r1 as SamplingDrawRecord).batches.some((b) => b.candidateIds.length > 0)).toBe(true);
  });

  it('bad payloads, unknown inspections and locked inspections are refused with the database unchanged', async () => {
    await expectRefused(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-99' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-01', seed: 'ff'.repeat(32) }, 'INVALID_ARGS');
    await expectRefused(ctx, 'sampling:draw', { inspectionId: -1, rule: 'R-SM-01' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-01', reason: '长'.repeat(501) }, 'INVALID_ARGS');
    await expectRefused(ctx, 'sampling:draw', null, 'INVALID_ARGS');
    await expectRefused(ctx, 'sampling:draw', { inspectionId: 99999, rule: 'R-SM-01' }, 'NOT_FOUND');
    advanceInspectionStatus(ctx.db, draft.id, 'locked', '李评估');
    await expectRefused(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-01' }, 'INSPECTION_LOCKED');
  });
});
