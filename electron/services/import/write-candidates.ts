import { findBatchId } from '../../../db/repositories/batches';
import { upsertCandidate, type CandidateInput } from '../../../db/repositories/candidates';
import type { CandidateImportRecord } from '../../../shared/import/kinds';
import type { RowError } from '../../../shared/import/types';
import { createFilingLookup, filingNotFound } from './references';
import { tally, type KindWriter, type Resolved } from './writer';

function candidateInput(batchId: number, record: CandidateImportRecord): CandidateInput {
  const { filing: _filing, batchNo: _batchNo, ...facts } = record;
  return { ...facts, batchId };
}

/** Candidates are matched by batch + 身份证号; a re-import updates scores, certificate and upload facts. */
export const candidateWriter: KindWriter<CandidateImportRecord, number> = {
  resolve(ctx, rows) {
    const filingId = createFilingLookup(ctx.db);
    const batchIds = new Map<string, number | null>();
    const ready: Resolved<CandidateImportRecord, number>[] = [];
    const errors: RowError[] = [];
    for (const row of rows) {
      const { filing, batchNo } = row.record;
      const filingIdFound = filingId(filing);
      if (filingIdFound === null) {
        errors.push({ row: row.row, column: ctx.headerOf('filingNo'), reason: filingNotFound(filing) });
        continue;
      }
      const key = `${filingIdFound}|${batchNo}`;
      let batchId = batchIds.get(key);
      if (batchId === undefined) {
        batchId = findBatchId(ctx.db, filingIdFound, batchNo);
        batchIds.set(key, batchId);
      }
      if (batchId === null) {
        errors.push({ row: row.row, column: ctx.headerOf('batchNo'), reason: { code: 'ROW_BATCH_NOT_FOUND', params: { batchNo } } });
      } else ready.push({ ...row, target: batchId });
    }
    return { ready, errors };
  },
  write(ctx, ready) {
    return tally(ready, ({ record, target: batchId }) => upsertCandidate(ctx.db, candidateInput(batchId, record)));
  },
};
