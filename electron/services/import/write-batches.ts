import type { Database } from 'better-sqlite3';
import { upsertBatch, type BatchInput } from '../../../db/repositories/batches';
import { listFiledOccupations, upsertFiledOccupation } from '../../../db/repositories/filed-occupations';
import type { BatchImportRecord } from '../../../shared/import/kinds';
import type { RowError } from '../../../shared/import/types';
import { createFilingLookup, filingNotFound } from './references';
import { tally, type KindWriter, type Resolved } from './writer';

/**
 * The occupation a batch examined, added to the filing's scope when absent (with the batch's level), so batches of
 * an institution whose scope was never imported can be stored. Cached per filing for the whole import.
 */
function filedOccupationFinder(db: Database) {
  const byFiling = new Map<number, ReturnType<typeof listFiledOccupations>>();
  return (filingId: number, record: BatchImportRecord): number => {
    let occupations = byFiling.get(filingId);
    if (!occupations) {
      occupations = listFiledOccupations(db, filingId);
      byFiling.set(filingId, occupations);
    }
    const existing = occupations.find((o) => o.code === record.occupationCode && o.workType === record.workType);
    if (existing && existing.levels.includes(record.level)) return existing.id;
    const levels = [...(existing?.levels ?? []), record.level];
    const id = upsertFiledOccupation(db, {
      filingId,
      code: record.occupationCode,
      name: existing?.name ?? record.occupationName,
      workType: record.workType,
      levels,
    });
    byFiling.delete(filingId);
    return id;
  };
}

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

/** Batches are matched by filing + 批次编号; a re-import updates the batch and keeps its candidates. */
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
    const filedOccupationId = filedOccupationFinder(ctx.db);
    return tally(ready, ({ record, target: filingId }) => upsertBatch(ctx.db, batchInput(filingId, filedOccupationId(filingId, record), record)));
  },
};
