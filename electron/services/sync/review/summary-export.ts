import type { Database } from '../../../../db/engine';
import { getInspection } from '../../../../db/repositories/inspections';
import { getOfficeKeys } from '../../../../db/repositories/sync-office';
import type { SummaryFormat } from '../../../../shared/ipc/channels/sync';
import type { SummaryModel } from '../../pdf/model/summary';
import { requireRole } from '../role';
import { buildOpinionSummary, toSummaryModel, type OpinionSummary } from './opinion-summary';
import { buildStatistics, type StatisticsRow } from './statistics';
import { writeSummaryWorkbook } from './summary-xlsx';

/** Everything the 附件4 outputs need, read in one go from the office database. */
export interface SummaryExportData {
  summary: OpinionSummary;
  statistics: StatisticsRow[];
  officeName: string;
}

export function loadSummaryExport(db: Database): SummaryExportData {
  requireRole(db, 'office');
  const summary = buildOpinionSummary(db);
  const filingIds = summary.years.flatMap((y) => y.rows.flatMap((r) => getInspection(db, r.inspectionId)?.filingId ?? []));
  return { summary, statistics: buildStatistics(db, filingIds), officeName: getOfficeKeys(db)?.officeName ?? '' };
}

/**
 * The summary as a file: XLSX (opinion summary and statistics sheets) or the printed 附件4 PDF. The caller says how to
 * render a PDF: the app through its worker, the CLI in-process.
 */
export async function summaryFileBytes(
  data: SummaryExportData,
  format: SummaryFormat,
  renderPdf: (model: SummaryModel) => Promise<Buffer>,
): Promise<Buffer> {
  if (format === 'pdf') return renderPdf(toSummaryModel(data.summary, data.officeName));
  return writeSummaryWorkbook(data.summary, data.statistics, data.officeName);
}

/** File name for an export made at `now`: summary-20231105T083000Z.pdf. */
export function summaryFileName(format: SummaryFormat, now: Date): string {
  return `summary-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.${format}`;
}
