import type { Database } from 'better-sqlite3';
import { assertIntegrity } from '../../../db/backup';
import { listBatchesOfFiling } from '../../../db/repositories/batches';
import { listCandidatesOfBatch } from '../../../db/repositories/candidates';
import { listFiledOccupations } from '../../../db/repositories/filed-occupations';
import { getFiling } from '../../../db/repositories/filings';
import { AppError } from '../../../shared/errors';
import { buildStatisticsRows, type StatisticsBatch } from '../../../shared/export/statistics-rows';
import { institutionKindLabels } from '../../../shared/store/enums';
import { assertExportPath } from './export-path';
import { buildStatisticsWorkbook } from './statistics-xlsx';
import { writeWorkbookFile } from './xlsx-style';

/**
 * 004 附件2 for one filing (R-YQ-08), optionally limited to exams in a period ("自公布备案资质起至评估前一个月").
 * 领取补贴人数 is 0: the store does not record subsidies yet.
 */
export async function exportStatistics(
  db: Database,
  options: { filingId: number; path: string; from?: string; to?: string },
): Promise<{ path: string; occupations: number }> {
  assertExportPath(options.path);
  assertIntegrity(db);
  const filing = getFiling(db, options.filingId);
  if (!filing) throw new AppError('NOT_FOUND', `未找到该机构备案(编号 ${options.filingId})`);
  const batches: StatisticsBatch[] = listBatchesOfFiling(db, filing.id).map((batch) => {
    const candidates = listCandidatesOfBatch(db, batch.id);
    return {
      filedOccupationId: batch.filedOccupationId,
      level: batch.level,
      examDate: batch.examDate,
      candidates: candidates.length,
      certificates: candidates.filter((candidate) => candidate.certificateNo !== null).length,
      subsidised: 0,
    };
  });
  const rows = buildStatisticsRows(listFiledOccupations(db, filing.id), batches, { from: options.from, to: options.to });
  const header = {
    institutionName: filing.listedName,
    filingNo: filing.filingNo,
    kindLabel: institutionKindLabels[filing.kind],
    filedTime: filing.filedOn ?? `${filing.filingYear}年`,
  };
  await writeWorkbookFile(buildStatisticsWorkbook(header, rows), options.path);
  return { path: options.path, occupations: rows.length };
}
