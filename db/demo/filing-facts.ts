import type { Database } from '../engine';
import { listBatchesOfFiling } from '../repositories/batches';
import { listCandidatesOfBatch } from '../repositories/candidates';
import { listFiledOccupations } from '../repositories/filed-occupations';

/** What the demo panel "reads" from a filing's records to answer the data-driven items. */
export interface FilingFacts {
  /** R-YQ-03 per occupation evaluated so far: own and total evaluators of its latest batch. */
  evaluatorsByOccupation: { id: string; own: number; total: number }[];
  /** 已发证人次 and 已上国网人次 (R-SD-02). */
  issued: number;
  uploaded: number;
}

export function loadFilingFacts(db: Database, filingId: number): FilingFacts {
  const codes = new Map(listFiledOccupations(db, filingId).map((o) => [o.id, o.code]));
  const latest = new Map<string, { own: number; total: number }>();
  let issued = 0;
  let uploaded = 0;
  for (const batch of listBatchesOfFiling(db, filingId)) {
    const code = codes.get(batch.filedOccupationId);
    if (code) latest.set(code, { own: batch.ownEvaluators, total: batch.ownEvaluators + batch.externalEvaluators });
    for (const candidate of listCandidatesOfBatch(db, batch.id)) {
      if (candidate.certificateNo === null) continue;
      issued += 1;
      if (candidate.uploadedNational) uploaded += 1;
    }
  }
  return { evaluatorsByOccupation: [...latest].map(([id, counts]) => ({ id, ...counts })), issued, uploaded };
}
