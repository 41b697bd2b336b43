import type { Database } from '../../../../db/engine';
import { getTemplate } from '../../../../shared/domain/templates/registry';
import { AppError } from '../../../../shared/errors';
import { currentTemplate } from '../../templates/template-store';
import type { ReportKind, ReportModel } from '../model';
import { loadApplicationModel, loadStatsModel } from './filing-models';
import { loadAppendixModel, loadSheetModel } from './inspection-models';
import { loadRecheckModel } from './recheck-model';
import { loadSummaryModel } from './summary-model';

export interface ReportTarget {
  /** The notice is built from a rectification, not loaded by kind (rectification-notice.ts). */
  kind: Exclude<ReportKind, 'notice'>;
  inspectionId?: number;
  templateId?: string;
}

/** Database → report model for any report kind: the only place report code touches the store (blank needs none). */
export function loadReportModel(db: Database | null, target: ReportTarget): ReportModel {
  if (target.kind === 'blank') {
    if (!target.templateId) throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_TEMPLATE_REQUIRED' });
    // A blank form prints the version new inspections would use; without a database, the built-in one.
    return { kind: 'blank', template: db ? currentTemplate(db, target.templateId).template : getTemplate(target.templateId) };
  }
  if (!db) throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_DB_REQUIRED' });
  if (target.kind === 'summary') return loadSummaryModel(db, target.templateId);
  if (target.inspectionId === undefined) throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_INSPECTION_REQUIRED' });
  switch (target.kind) {
    case 'sheet':
      return loadSheetModel(db, target.inspectionId);
    case 'appendix':
      return loadAppendixModel(db, target.inspectionId);
    case 'application':
      return loadApplicationModel(db, target.inspectionId);
    case 'stats':
      return loadStatsModel(db, target.inspectionId);
    case 'recheck':
      return loadRecheckModel(db, target.inspectionId);
  }
}
