import type { Database } from 'better-sqlite3';
import { listAnswers } from '../../../../db/repositories/answers';
import { listInspections } from '../../../../db/repositories/inspections';
import { score } from '../../../../shared/domain/scoring';
import { currentTemplateRecord, templateForInspection } from '../../templates/template-store';
import type { OpinionColumn, SummaryModel, SummaryRow } from '../model/summary';
import { answersFromRows } from '../../../../shared/store/answer-keys';
import { loadFiling } from './institution-header';

const OPINION_COLUMNS: readonly string[] = ['terminate', 'renew', 'defer', 'suspend', 'normal'] satisfies OpinionColumn[];

/**
 * 附件4 over every signed inspection on the given form (default the Shanxi renewal form), latest revision per filing,
 * grouped by filing year; the opinion is the scored outcome category.
 */
export function loadSummaryModel(db: Database, templateId = 'shanxi-renewal-2023'): SummaryModel {
  currentTemplateRecord(db, templateId); // an unknown form is an error, not an empty summary
  const latest = new Map<number, ReturnType<typeof listInspections>[number]>();
  for (const inspection of listInspections(db)) {
    if (inspection.templateId !== templateId || inspection.status === 'draft') continue;
    const known = latest.get(inspection.filingId);
    if (!known || known.revision < inspection.revision) latest.set(inspection.filingId, inspection);
  }
  const byYear = new Map<number, SummaryRow[]>();
  for (const inspection of latest.values()) {
    const { filing, header } = loadFiling(db, inspection.institutionId, inspection.filingId);
    // Each inspection is scored with the version it pinned: a later version of the form changes no row.
    const template = templateForInspection(db, inspection.id);
    const result = score(template, answersFromRows(template, listAnswers(db, inspection.id)));
    const category = result.outcome.category;
    const rows = byYear.get(filing.filingYear) ?? [];
    rows.push({
      institutionName: header.name,
      filingNo: header.filingNo,
      kindLabel: header.kindLabel,
      opinion: OPINION_COLUMNS.includes(category) ? (category as OpinionColumn) : null,
      score: result.complete ? result.total : null,
    });
    byYear.set(filing.filingYear, rows);
  }
  const years = [...byYear.keys()].sort().map((filingYear) => ({ filingYear, rows: byYear.get(filingYear) ?? [] }));
  const span = years.length > 0 ? `${years[0]?.filingYear}-${years[years.length - 1]?.filingYear}` : '';
  return { kind: 'summary', title: `${span}年度备案机构评估意见汇总表`, office: '', years };
}
