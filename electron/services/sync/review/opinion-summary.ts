import type { Database } from 'better-sqlite3';
import { getFiling } from '../../../../db/repositories/filings';
import { requireInspection } from '../../../../db/repositories/inspections';
import { institutionKindLabels } from '../../../../shared/store/enums';
import { isDeepStrictEqual } from 'node:util';
import { templateHash } from '../../../../shared/domain/templates/hash';
import { getTemplate } from '../../../../shared/domain/templates/registry';
import { OUTCOME_CATEGORIES, type OutcomeCategory, type Template } from '../../../../shared/domain/templates/types';
import { chineseNumeral } from '../../pdf/layout/chinese-numerals';
import { DEFAULT_SUMMARY_LAYOUT, summaryColumnLabelsOf, summaryLayoutOf } from '../../pdf/layout/summary-layout';
import type { SummaryColumn, SummaryLayout, SummaryModel } from '../../pdf/model/summary';
import { getDecision, rectificationOfInspection } from '../../../../db/repositories/rectifications';
import { decidedCategory, decisionLabel } from '../../../../shared/domain/rectification/decision';
import { OUTCOME_LABELS } from '../../../../shared/domain/scoring/outcome-labels';
import { listReview, type ReviewItem } from './review-list';
import { scoreInspection } from './score-inspection';

/** One opinion column: （一）… in OUTCOME_CATEGORIES order, headed as the form's summary words it. */
export interface OpinionColumn {
  category: OutcomeCategory;
  no: string;
  label: string;
}

export interface OpinionRow {
  inspectionId: number;
  institutionName: string;
  filingNo: string;
  kindLabel: string;
  opinion: OutcomeCategory | null;
  /** Shown when the outcome has no column (e.g. 暂无法判定). */
  outcomeLabel: string;
  scoreHundredths: number | null;
  /** Set once the rectification this outcome ordered is decided (准予延续 / 恢复评价 / 终止备案): the opinion is then the decision's. */
  decisionLabel?: string;
}

export interface OpinionYear {
  filingYear: number;
  rows: OpinionRow[];
  /** 小计: institutions per column (every column's category is a key). */
  counts: OpinionCounts;
}

export type OpinionCounts = Partial<Record<OutcomeCategory, number>>;

export interface OpinionSummary {
  /** The categories the counted inspections' forms decide (each its pinned version); (六) the score follows. */
  columns: OpinionColumn[];
  /** The number of the score column, after the opinions: （六） for five. */
  scoreNo: string;
  years: OpinionYear[];
  totals: OpinionCounts;
  /** Assessments left out, with the reason (not yet accepted, unresolved conflict). */
  excluded: { institutionName: string; filingNo: string; reason: string }[];
  /** How the printed PDF heads the columns (pdf/layout/summary-layout.ts). */
  layout: SummaryLayout;
}

const DEFAULT_FORM = 'shanxi-renewal-2023';

/**
 * The columns and print layout over the forms that scored the counted rows: every category one of them decides, in
 * OUTCOME_CATEGORIES order, worded by the first form deciding it. Without a row, the built-in 附件4 form's.
 */
export function opinionColumnsOver(templates: readonly Template[]): { columns: OpinionColumn[]; layout: SummaryLayout; scoreNo: string } {
  const forms = templates.length > 0 ? templates : [getTemplate(DEFAULT_FORM)];
  const labels = new Map<OutcomeCategory, string>();
  const headings = new Map<OutcomeCategory, SummaryColumn>();
  for (const template of forms) {
    for (const column of summaryColumnLabelsOf(template)) if (!labels.has(column.category)) labels.set(column.category, column.label);
    for (const column of summaryLayoutOf(template).columns) if (!headings.has(column.category)) headings.set(column.category, column);
  }
  const categories = OUTCOME_CATEGORIES.filter((category) => labels.has(category));
  const first = summaryLayoutOf(forms[0] as Template);
  return {
    columns: categories.map((category, index) => ({ category, no: `（${chineseNumeral(index)}）`, label: labels.get(category) ?? category })),
    layout: { ...first, columns: categories.flatMap((category) => headings.get(category) ?? []) },
    scoreNo: `（${chineseNumeral(categories.length)}）`,
  };
}

/**
 * R-YQ-06 再视情况决定是否准予延续备案或恢复评价活动: once the rectification this inspection ordered is decided, the
 * filing's opinion is the decision's category (renew → 同意延续备案, resume → 正常评价, terminate → 终止备案).
 */
function decidedOpinion(db: Database, inspectionId: number, template: Template | null): Partial<OpinionRow> {
  const rectification = rectificationOfInspection(db, inspectionId);
  const decision = rectification ? getDecision(db, rectification.uid) : null;
  if (!decision) return {};
  const category = decidedCategory(decision.decision);
  const label = decisionLabel(decision.decision);
  return { opinion: category, outcomeLabel: template?.outcome.labels[category] ?? OUTCOME_LABELS[category], decisionLabel: label };
}

const emptyCounts = (columns: readonly OpinionColumn[]): OpinionCounts => Object.fromEntries(columns.map((c) => [c.category, 0]));

/** bundle-import.ts conflictKeyOf: a follow-up inspection is keyed by its rectification. */
const isFollowUpKey = (conflictKey: string) => conflictKey.startsWith('followUp:');

/**
 * 评估意见汇总表 (004 附件4) from the accepted inspections, one row per filing, grouped by filing year. The category
 * is the scoring domain's outcome (R-YQ-05..07), so the summary never disagrees with the scored sheet.
 */
export function buildOpinionSummary(db: Database): OpinionSummary {
  // A follow-up (整改复查) is no row of its own: it counts through the rectification's decision on the assessment's row.
  const items = listReview(db).filter((item) => !item.superseded && !isFollowUpKey(item.conflictKey));
  const byFiling = new Map<string, ReviewItem[]>();
  for (const item of items) byFiling.set(item.conflictKey, [...(byFiling.get(item.conflictKey) ?? []), item]);
  const years = new Map<number, OpinionRow[]>();
  const templates = new Map<string, Template>();
  const excluded: OpinionSummary['excluded'] = [];
  for (const versions of byFiling.values()) {
    const accepted = versions.filter((v) => v.reviewStatus === 'accepted');
    const first = versions[0];
    if (!first) continue;
    // An open conflict (two accepted, or a version that came after the acceptance) is decided before it is counted.
    const open = versions.some((v) => v.inConflict);
    if (open || accepted.length !== 1) {
      excluded.push({
        institutionName: first.institutionName,
        filingNo: first.filingNo,
        reason: !open ? '尚未复核通过' : accepted.length > 1 ? '冲突未解决：存在多份已通过的版本' : '冲突未解决：有版本尚未复核',
      });
      continue;
    }
    const chosen = accepted[0] as ReviewItem;
    const inspection = requireInspection(db, chosen.inspectionId);
    const filing = getFiling(db, inspection.filingId);
    if (!filing) continue;
    const scored = scoreInspection(db, inspection);
    if (scored.template) templates.set(templateHash(scored.template), scored.template);
    const row: OpinionRow = {
      inspectionId: inspection.id,
      institutionName: filing.listedName,
      filingNo: filing.filingNo,
      kindLabel: institutionKindLabels[filing.kind],
      opinion: scored.category,
      outcomeLabel: scored.outcomeLabel,
      scoreHundredths: scored.total,
      ...decidedOpinion(db, inspection.id, scored.template),
    };
    years.set(filing.filingYear, [...(years.get(filing.filingYear) ?? []), row]);
  }
  const { columns, layout, scoreNo } = opinionColumnsOver([...templates.values()]);
  const decided = new Set(columns.map((column) => column.category));
  const totals = emptyCounts(columns);
  const result: OpinionYear[] = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([filingYear, rows]) => {
      const counts = emptyCounts(columns);
      for (const row of rows) {
        if (row.opinion !== null && !decided.has(row.opinion)) row.opinion = null;
        if (row.opinion !== null) counts[row.opinion] = (counts[row.opinion] ?? 0) + 1;
      }
      for (const column of columns) totals[column.category] = (totals[column.category] ?? 0) + (counts[column.category] ?? 0);
      return { filingYear, rows: rows.sort((a, b) => a.filingNo.localeCompare(b.filingNo)), counts };
    });
  return { columns, scoreNo, years: result, totals, excluded, layout };
}

/** The PDF engineer's model (electron/services/pdf/model/summary.ts) for the printed form. */
export function toSummaryModel(summary: OpinionSummary, office: string): SummaryModel {
  const years = summary.years.map((y) => y.filingYear);
  const span = years.length === 0 ? '' : years[0] === years[years.length - 1] ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`;
  return {
    kind: 'summary',
    title: `${span}年度备案机构评估意见汇总表`,
    office,
    // The built-in 附件4 prints without a layout, as it did before forms were data (same fingerprint).
    ...(isDeepStrictEqual(summary.layout, DEFAULT_SUMMARY_LAYOUT) ? {} : { layout: summary.layout }),
    years: summary.years.map((y) => ({
      filingYear: y.filingYear,
      rows: y.rows.map((r) => ({
        institutionName: r.institutionName,
        filingNo: r.filingNo,
        kindLabel: r.kindLabel,
        opinion: r.opinion,
        score: r.scoreHundredths,
      })),
    })),
  };
}
