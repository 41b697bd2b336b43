import { upsertBatch, type BatchInput } from '../../../db/repositories/batches';
import type { BatchImportRecord } from '../../../shared/import/kinds';
import type { RowError } from '../../../shared/import/types';
import { createBatchPlacer } from './batch-scope';
import { createFilingLookup, filingNotFound } from './references';
import { tally, type KindWriter, type Resolved } from './writer';

function batchInput(filingId: number, filedOccupationId: number, record: BatchImportRecord): BatchInput {
  return {
    filingId,
    filedOccupationId,
    level: record.level,
    batchNo: record.batchNo,
    examDate: record.examDate,
    planFiledOn: record.planFiledOn,
    publicityStart: record.publicityStart,
    publicityEnd: record.publicityEnd,
    staff: record.staff,
    ownEvaluators: record.ownEvaluators,
    externalEvaluators: record.externalEvaluators,
  };
}

/**
 * Batches are matched by filing + 批次编号; a re-import updates the batch and keeps its candidates. Batches outside
 * the filed scope are imported too and counted (createBatchPlacer), never added to the scope.
 */
export const batchWriter: KindWriter<BatchImportRecord, number> = {
  resolve(ctx, rows) {
    const filingId = createFilingLookup(ctx.db);
    const ready: Resolved<BatchImportRecord, number>[] = [];
    const errors: RowError[] = [];
    for (const row of rows) {
      const id = filingId(row.record.filing);
      if (id === null) errors.push({ row: row.row, column: ctx.headerOf('filingNo'), reason: filingNotFound(row.record.filing) });
      else ready.push({ ...row, target: id });
    }
    return { ready, errors };
  },
  write(ctx, ready) {
    const place = createBatchPlacer(ctx.db);
    let outsideScope = 0;
    const counts = tally(ready, ({ record, target: filingId }) => {
      const placement = place(filingId, record);
      if (!placement.insideScope) outsideScope += 1;
      return upsertBatch(ctx.db, batchInput(filingId, placement.filedOccupationId, record));
    });
    return { ...counts, outsideScope };
  },
};
