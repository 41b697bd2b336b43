import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBatchesOfFiling } from '../../../db/repositories/batches';
import { listFiledOccupations, upsertFiledOccupation } from '../../../db/repositories/filed-occupations';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createBatchPlacer } from '../../../electron/services/import/batch-scope';
import { importFile } from '../../../electron/services/import/service';
import { createWorkingCalendar, HOLIDAYS_CN } from '../../../shared/domain/deadlines';
import { autoFindings } from '../../../shared/domain/findings';
import { getTemplate } from '../../../shared/domain/templates';
import type { BatchImportRecord } from '../../../shared/import/kinds';
import type { InstitutionDetail } from '../../../shared/ipc/channels/institutions';
import { runCliCaptured } from '../../support/cli';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { fixture } from './fixtures';
import { errorInfoText } from '../../../shared/errors';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

/** The filing batches.xlsx names (阳泉市非凡职业培训学校), after importing the official list. */
async function batchesFiling(): Promise<{ filingId: number; institutionId: number }> {
  await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
  const row = ctx.db
    .prepare(`SELECT id AS filingId, institution_id AS institutionId FROM filings WHERE listed_name = '阳泉市非凡职业培训学校'`)
    .get();
  return row as { filingId: number; institutionId: number };
}

const scope = (filingId: number) => listFiledOccupations(ctx.db, filingId).map((o) => [o.name, o.levels, o.origin]);

async function filingDetail(institutionId: number, filingId: number) {
  const result = await dispatch(ctx, 'institutions:get', { id: institutionId });
  if (!result.ok) throw new Error(errorInfoText(result.error));
  const filing = (result.value as InstitutionDetail).filings.find((f) => f.id === filingId);
  if (!filing) throw new Error('filing missing');
  return filing;
}

describe('batches outside the filed scope stay visible (R-INS-03, R-YQ-05 严重超出备案范围)', () => {
  it('R-INS-03 a filed scope is never widened: out-of-scope batches are imported as is, counted, and flagged by the automatic finding', async () => {
    const { filingId, institutionId } = await batchesFiling();
    upsertFiledOccupation(ctx.db, { filingId, code: '4-10-01-02', name: '育婴员', levels: ['level5'] });
    upsertFiledOccupation(ctx.db, { filingId, code: '4-10-01-06', name: '保育师', levels: ['level5', 'level4'] });
    const filedScope = scope(filingId);

    // 育婴员 四级 (a level not filed) and 中式烹调师 (an occupation not filed) are outside.
    const summary = await importFile(ctx, 'batches', fixture('batches.xlsx'));
    expect(summary).toMatchObject({ inserted: 4, updated: 0, outsideScope: 2 });
    expect(listBatchesOfFiling(ctx.db, filingId).map((b) => b.batchNo)).toEqual(['2023-001', '2023-002', '2023-003', '2023-004']);
    expect(scope(filingId).filter(([, , origin]) => origin === 'filed')).toEqual(filedScope);
    expect(scope(filingId)).toContainEqual(['中式烹调师', [], 'unfiled']);

    const filing = await filingDetail(institutionId, filingId);
    const flagged = autoFindings(getTemplate('shanxi-renewal-2023'), filing, createWorkingCalendar(HOLIDAYS_CN)).filter((f) => f.rule === 'R-INS-03');
    expect(flagged.map((f) => [f.batchNo, f.target])).toEqual([
      ['2023-002', { kind: 'veto', vetoId: '四(一)3' }],
      ['2023-004', { kind: 'veto', vetoId: '四(一)3' }],
    ]);
    expect(flagged[0]?.message).toContain('不在备案等级');
    expect(flagged[1]?.message).toContain('不在备案职业');

    // Re-importing the same file changes nothing and reports the same count.
    const before = dumpDatabase(ctx.db);
    expect(await importFile(ctx, 'batches', fixture('batches.xlsx'))).toMatchObject({ inserted: 0, updated: 4, outsideScope: 2 });
    expect(dumpDatabase(ctx.db)).toBe(before);
  });

  it('R-INS-03 a filing without any filed scope gets one derived from its batches, marked derived, with nothing flagged', async () => {
    const { filingId, institutionId } = await batchesFiling();
    expect(await importFile(ctx, 'batches', fixture('batches.xlsx'))).toMatchObject({ inserted: 4, outsideScope: 0 });
    expect(scope(filingId)).toEqual([
      ['中式烹调师', ['level3'], 'derived'],
      ['育婴员', ['level5', 'level4'], 'derived'],
      ['保育师', ['level5'], 'derived'],
    ]);
    const filing = await filingDetail(institutionId, filingId);
    expect(autoFindings(getTemplate('shanxi-renewal-2023'), filing, createWorkingCalendar(HOLIDAYS_CN)).filter((f) => f.rule === 'R-INS-03')).toEqual(
      [],
    );
  });

  it('R-INS-03 an occupation filed without a work type covers its work types; a filed scope entered later replaces a derived row', async () => {
    const { filingId } = await batchesFiling();
    const record = (occupationCode: string, workType: string, level: BatchImportRecord['level']) =>
      ({ occupationCode, occupationName: '焊工', workType, level }) as BatchImportRecord;
    const derivedId = createBatchPlacer(ctx.db)(filingId, record('6-18-02-04', '电焊工', 'level4')).filedOccupationId;
    expect(scope(filingId)).toEqual([['焊工', ['level4'], 'derived']]);

    // Once the filing has a scope of its own, the derived row no longer counts as filed: a batch on it is outside.
    upsertFiledOccupation(ctx.db, { filingId, code: '6-31-01-03', name: '电工', levels: ['level5'] });
    expect(createBatchPlacer(ctx.db)(filingId, record('6-18-02-04', '电焊工', 'level4'))).toEqual({
      filedOccupationId: derivedId,
      insideScope: false,
    });

    const weldingId = upsertFiledOccupation(ctx.db, { filingId, code: '6-18-02-04', name: '焊工', levels: ['level4', 'level3'] });
    const place = createBatchPlacer(ctx.db);
    expect(place(filingId, record('6-18-02-04', '气焊工', 'level3'))).toEqual({ filedOccupationId: weldingId, insideScope: true });
    expect(place(filingId, record('6-18-02-04', '气焊工', 'level2'))).toEqual({ filedOccupationId: weldingId, insideScope: false });
    // Filing the work type itself promotes the derived row to filed (same row, so its batches keep their link).
    expect(upsertFiledOccupation(ctx.db, { filingId, code: '6-18-02-04', workType: '电焊工', name: '焊工', levels: ['level4'] })).toBe(derivedId);
    expect(createBatchPlacer(ctx.db)(filingId, record('6-18-02-04', '电焊工', 'level4'))).toEqual({
      filedOccupationId: derivedId,
      insideScope: true,
    });
    expect(scope(filingId).map(([, , origin]) => origin)).toEqual(['filed', 'filed', 'filed']);
  });

  it('the CLI reports the batches outside the scope, in text and JSON', async () => {
    const { filingId } = await batchesFiling();
    upsertFiledOccupation(ctx.db, { filingId, code: '4-10-01-02', name: '育婴员', levels: ['level5', 'level4'] });
    const json = await runCliCaptured(['import', 'batches', fixture('batches.xlsx'), '--db', ctx.databasePath, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ inserted: 4, outsideScope: 2 });
    const text = await runCliCaptured(['import', 'batches', fixture('batches.xlsx'), '--db', ctx.databasePath]);
    expect(text.stdout).toContain('其中 2 个批次的职业或等级不在备案范围内');
  });
});
