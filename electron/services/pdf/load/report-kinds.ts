import type { Database } from '../../../../db/engine';
import { inspectionRound } from '../../../../db/repositories/inspection-rounds';
import { requireInspection } from '../../../../db/repositories/inspections';
import type { InspectionReportKind } from '../../../../shared/ipc/channels/reports';

/**
 * The reports an inspection offers, from what it is: an assessment prints its sheet; a follow-up (整改复查) prints the
 * 整改复查记录, and with scope full the sheet of its new scoring as well.
 */
export function reportKindsOf(db: Database, inspectionId: number): InspectionReportKind[] {
  requireInspection(db, inspectionId);
  const link = inspectionRound(db, inspectionId);
  if (link?.purpose !== 'followUp') return ['sheet', 'appendix'];
  return link.scope === 'full' ? ['sheet', 'recheck', 'appendix'] : ['recheck', 'appendix'];
}
