import type { Database } from '../../../db/engine';
import { listBatchesOfFiling } from '../../../db/repositories/batches';
import { listCandidatesOfBatch } from '../../../db/repositories/candidates';
import { listFiledOccupations } from '../../../db/repositories/filed-occupations';
import { buildStatisticsRows, type StatisticsBatch, type StatisticsRow } from '../../../shared/export/statistics-rows';

/**
 * 附件2 rows of one filing from the store (R-YQ-08): a certificate number means 已发证; 领取补贴人数 is left blank
 * (null) because subsidies are not recorded yet — a 0 would claim that nobody received one. The XLSX export and the PDF 附件2 (pdf/load/filing-models) both use it.
 */
export function loadStatisticsRows(db: Database, filingId: number, period: { from?: string; to?: string } = {}): StatisticsRow[] {
  const batches: StatisticsBatch[] = listBatchesOfFiling(db, filingId).map((batch) => {
    const candidates = listCandidatesOfBatch(db, batch.id);
    return {
      filedOccupationId: batch.filedOccupationId,
      level: batch.level,
      examDate: batch.examDate,
      candidates: candidates.length,
      certificates: candidates.filter((candidate) => candidate.certificateNo !== null).length,
      subsidised: null,
    };
  });
  return buildStatisticsRows(listFiledOccupations(db, filingId), batches, period);
}
