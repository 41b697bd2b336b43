import type { Database } from '../../../../db/engine';
import { isDeepStrictEqual } from 'node:util';
import { listAnswers } from '../../../../db/repositories/answers';
import { listInspections } from '../../../../db/repositories/inspections';
import { score } from '../../../../shared/domain/scoring';
import type { InspectionRecord } from '../../../../shared/store/records';
import { currentTemplate, templateForInspection } from '../../templates/template-store';
import { DEFAULT_SUMMARY_LAYOUT, summaryLayoutOf } from '../layout/summary-layout';
import type { SummaryModel, SummaryRow } from '../model/summary';
import { answersFromRows } from '../../../../shared/store/answer-keys';
import { loadFiling } from './institution-header';

/**
 * 附件4 over every signed inspection on the given form (default: the form of the latest signed inspection), latest
 * revision per filing, grouped by filing year; the opinion is the scored outcome category, the columns are the
 * categories the form's rules decide.
 */
export function loadSummaryModel(db: Database, templateId?: string): SummaryModel {
  const signed = listInspections(db).filter((inspection) => inspection.status !== 'draft');
  const newest = signed.reduce<InspectionRecord | undefined>((last, i) => (!last || i.id > last.id ? i : last), undefined);
  // The columns come from the form asked for (its current version; an unknown id is refused even when no inspection
  // uses it), else from the version the newest inspection pinned.
  const template = templateId !== undefined ? currentTemplate(db, templateId).template : newest ? templateForInspection(db, newest.id) : undefined;
  const formId = templateId ?? newest?.templateId;
  const layout = template ? summaryLayoutOf(template) : DEFAULT_SUMMARY_LAYOUT;
  const columns = new Set(layout.columns.map((column) => column.category));
  const latest = new Map<number, InspectionRecord>();
  for (const inspection of signed) {
    if (inspection.templateId !== formId) continue;
    const known = latest.get(inspection.filingId);
    if (!known || known.revision < inspection.revision) latest.set(inspection.filingId, inspection);
  }
  const byYear = new Map<number, SummaryRow[]>();
  for (const inspection of latest.values()) {
    const { filing, header } = loadFiling(db, inspection.institutionId, inspection.filingId);
    // Each inspection is scored with the version it pinned: a later version of the form changes no row.
    const scoredWith = templateForInspection(db, inspection.id);
    const result = score(scoredWith, answersFromRows(scoredWith, listAnswers(db, inspection.id)));
    const rows = byYear.get(filing.filingYear) ?? [];
    rows.push({
      institutionName: header.name,
      filingNo: header.filingNo,
      kindLabel: header.kindLabel,
      opinion: columns.has(result.outcome.category) ? result.outcome.category : null,
      score: result.complete ? result.total : null,
    });
    byYear.set(filing.filingYear, rows);
  }
  const years = [...byYear.keys()].sort().map((filingYear) => ({ filingYear, rows: byYear.get(filingYear) ?? [] }));
  const span = years.length > 0 ? `${years[0]?.filingYear}-${years[years.length - 1]?.filingYear}` : '';
  // A model without a layout prints the default one; leaving it out keeps the fingerprints summaries printed before.
  return {
    kind: 'summary',
    title: `${span}年度备案机构评估意见汇总表`,
    office: '',
    years,
    ...(isDeepStrictEqual(layout, DEFAULT_SUMMARY_LAYOUT) ? {} : { layout }),
  };
}
