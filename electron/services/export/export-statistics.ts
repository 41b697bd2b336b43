import type { Database } from '../../../db/engine';
import { assertIntegrity } from '../../../db/backup';
import { getFiling } from '../../../db/repositories/filings';
import { AppError } from '../../../shared/errors';
import { institutionKindLabels } from '../../../shared/store/enums';
import { assertExportPath } from './export-path';
import { loadStatisticsRows } from './statistics-data';
import { buildStatisticsWorkbook } from './statistics-xlsx';
import { writeWorkbookFile } from './xlsx-style';

/**
 * 004 附件2 for one filing (R-YQ-08), optionally limited to exams in a period ("自公布备案资质起至评估前一个月").
 */
export async function exportStatistics(
  db: Database,
  options: { filingId: number; path: string; from?: string; to?: string },
): Promise<{ path: string; occupations: number }> {
  assertExportPath(options.path);
  assertIntegrity(db);
  const filing = getFiling(db, options.filingId);
  if (!filing) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_FILING', id: options.filingId });
  const rows = loadStatisticsRows(db, filing.id, { from: options.from, to: options.to });
  const header = {
    institutionName: filing.listedName,
    filingNo: filing.filingNo,
    kindLabel: institutionKindLabels[filing.kind],
    filedTime: filing.filedOn ?? `${filing.filingYear}年`,
  };
  await writeWorkbookFile(buildStatisticsWorkbook(header, rows), options.path);
  return { path: options.path, occupations: rows.length };
}
