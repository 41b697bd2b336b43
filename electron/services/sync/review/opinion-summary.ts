import type { Database } from '../../../../db/engine';
import { inspectionsByIds } from '../../../../db/repositories/inspections';
import type { ReviewStatus } from '../../../../db/repositories/sync-imports';
import { rawStatement } from '../../../../db/sql';
import { institutionKindLabels, type InstitutionKind } from '../../../../shared/store/enums';
import { isDeepStrictEqual } from 'node:util';
import { templateHash } from '../../../../shared/domain/templates/hash';
import { getTemplate } from '../../../../shared/domain/templates/registry';
import { OUTCOME_CATEGORIES, type OutcomeCategory, type Template } from '../../../../shared/domain/templates/types';
import { chineseNumeral } from '../../pdf/layout/chinese-numerals';
import { DEFAULT_SUMMARY_LAYOUT, summaryColumnLabelsOf, summaryLayoutOf } from '../../pdf/layout/summary-layout';
import type { SummaryColumn, SummaryLayout, SummaryModel } from '../../pdf/model/summary';
import { decidedCategory, decisionLabel } from '../../../../shared/domain/rectification/decision';
import type { RectificationDecision } from '../../../../shared/domain/rectification/types';
import { OUTCOME_LABELS } from '../../../../shared/domain/scoring/outcome-labels';
import { AppError } from '../../../../shared/errors';
import { requireRole } from '../role';
import { conflictResolved } from './conflict-state';
import { heldScoreReader, SCORING_VERSION, scoreInspections, STORED_SCORE_HOLDS_SQL, type InspectionScore } from './score-inspection';

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

/** String.prototype.localeCompare's order (ECMA-402: a Collator of the default locale), without a collator a call. */
const byFilingNo = new Intl.Collator().compare;

/**
 * Rows sorted by filing number as `rows.sort((a, b) => byFilingNo(a.filingNo, b.filingNo))` sorts them, with far
 * fewer collator calls: sorted by UTF-16 code units first (cheap), the order is the collator's when each neighbour
 * collates after the one before it (or is the same number, then both sorts keep them in list order: both are stable).
 * Filing numbers (晋评备000123) nearly always pass; otherwise the collator sorts them as before.
 */
function sortByFilingNo(rows: OpinionRow[]): OpinionRow[] {
  const byCodeUnits = [...rows].sort((a, b) => (a.filingNo < b.filingNo ? -1 : a.filingNo > b.filingNo ? 1 : 0));
  for (let i = 1; i < byCodeUnits.length; i += 1) {
    const previous = (byCodeUnits[i - 1] as OpinionRow).filingNo;
    const next = (byCodeUnits[i] as OpinionRow).filingNo;
    if (previous !== next && byFilingNo(previous, next) >= 0) return rows.sort((a, b) => byFilingNo(a.filingNo, b.filingNo));
  }
  return byCodeUnits;
}

const emptyCounts = (columns: readonly OpinionColumn[]): OpinionCounts => Object.fromEntries(columns.map((c) => [c.category, 0]));

/** bundle-import.ts conflictKeyOf: a follow-up inspection is keyed by its rectification. */
const isFollowUpKey = (conflictKey: string) => conflictKey.startsWith('followUp:');

/**
 * Per imported version, what the summary reads of it, as an array in the SELECT's order (raw: one array a row rather
 * than an object with every column's name, which was most of the summary's time on a province's round). Whether a
 * later revision supersedes it and whether its stored score holds are worked out in SQL: fewer values to carry.
 */
type VersionRow = [
  id: number,
  superseded: number,
  inspectionId: number,
  conflictKey: string,
  importedAt: string,
  reviewStatus: ReviewStatus,
  reviewedAt: string | null,
  kind: InstitutionKind | null,
  listedName: string | null,
  filingNo: string | null,
  filingYear: number | null,
  decision: RectificationDecision | null,
  scoreTemplateHash: string | null,
  totalHundredths: number | null,
  category: string | null,
  outcomeLabel: string | null,
  ordersRectification: number | null,
  scoreHolds: number,
];

/**
 * Every imported version (in no order), with its filing (kind is NOT NULL: null means none), the decision on the
 * rectification it ordered, its stored score. headIds in SQL: superseded when a version of the same device names it
 * as its parent.
 */
const VERSIONS_SQL = `SELECT s.id, CASE WHEN c.device_key IS NULL THEN 0 ELSE 1 END, s.inspection_id, s.conflict_key,
       s.imported_at, s.review_status, s.reviewed_at,
       f.kind, f.listed_name, f.filing_no, f.filing_year, d.decision,
       sc.template_hash, sc.total_hundredths, sc.category, sc.outcome_label, sc.orders_rectification,
       ${STORED_SCORE_HOLDS_SQL}
     FROM sync_imported_inspections s
     JOIN inspections i ON i.id = s.inspection_id
     LEFT JOIN filings f ON f.id = i.filing_id
     LEFT JOIN rectifications r ON r.inspection_id = s.inspection_id
     LEFT JOIN rectification_decisions d ON d.rectification_uid = r.uid
     LEFT JOIN inspection_scores sc ON sc.inspection_id = s.inspection_id
     LEFT JOIN inspection_template_pins p ON p.inspection_id = s.inspection_id
     LEFT JOIN (SELECT DISTINCT device_key, remote_parent_id FROM sync_imported_inspections WHERE remote_parent_id IS NOT NULL) c
       ON c.device_key = s.device_key AND c.remote_parent_id = s.remote_id`;

/** What conflictResolved reads of a version. */
const conflictRecordOf = (row: VersionRow) => ({ reviewStatus: row[5], importedAt: row[4], reviewedAt: row[6] });

/**
 * 评估意见汇总表 (004 附件4) from the accepted inspections, one row per filing, grouped by filing year. The category
 * is the scoring domain's outcome (R-YQ-05..07), so the summary never disagrees with the scored sheet.
 *
 * Set-based, for a province's round (issue 17 §6): every imported version with its filing, decision and stored score
 * (migration 0015) in one statement, grouped here; only inspections without a stored score that holds are scored
 * from their answers. The same result as reading every version through listReview and scoring it.
 */
export function buildOpinionSummary(db: Database): OpinionSummary {
  requireRole(db, 'office');
  // In import order, sorted here: ORDER BY made PostgreSQL sort the whole wide result (on disk, past work_mem), while
  // the ids alone sort in a few milliseconds (SQLite's rows come in that order already).
  const versions = rawStatement<VersionRow>(db, VERSIONS_SQL)
    .all(SCORING_VERSION)
    .sort((a, b) => a[0] - b[0]);
  // The current versions of each assessment, in import order. A follow-up (整改复查) is no row of its own: it counts
  // through the rectification's decision on the assessment's row.
  const byFiling = new Map<string, VersionRow[]>();
  for (const row of versions) {
    if (row[1] === 1 || isFollowUpKey(row[3])) continue;
    const group = byFiling.get(row[3]);
    if (group) group.push(row);
    else byFiling.set(row[3], [row]);
  }
  const excluded: OpinionSummary['excluded'] = [];
  const counted: VersionRow[] = [];
  for (const group of byFiling.values()) {
    const first = group[0];
    if (!first) continue;
    const accepted = group.filter((row) => row[5] === 'accepted');
    // An open conflict (two accepted, or a version that came after the acceptance) is decided before it is counted:
    // conflictFlags' open key, whose heads then include one not returned (a resolved group has at most one).
    const open = group.length > 1 && !conflictResolved(group.map(conflictRecordOf));
    if (open || accepted.length !== 1) {
      excluded.push({
        institutionName: first[8] ?? '',
        filingNo: first[9] ?? '',
        reason: !open ? '尚未复核通过' : accepted.length > 1 ? '冲突未解决：存在多份已通过的版本' : '冲突未解决：有版本尚未复核',
      });
      continue;
    }
    const chosen = accepted[0] as VersionRow;
    if (chosen[7] !== null) counted.push(chosen);
  }
  // Stored scores (migration 0015) as read; the others (imported before it, or no longer holding) scored together.
  const read = heldScoreReader(db);
  const scores = new Map<number, InspectionScore>();
  const unscored: number[] = [];
  for (const row of counted) {
    const inspectionId = row[2];
    const hash = row[12];
    // Stored scores that hold (STORED_SCORE_HOLDS_SQL); the others are scored below, as scoreInspections would.
    const score =
      row[17] === 1 && hash !== null
        ? read({
            templateHash: hash,
            totalHundredths: row[13],
            category: row[14] ?? '',
            outcomeLabel: row[15] ?? '',
            ordersRectification: row[16] === 1,
          })
        : null;
    if (score) scores.set(inspectionId, score);
    else unscored.push(inspectionId);
  }
  if (unscored.length > 0) for (const [id, score] of scoreInspections(db, inspectionsByIds(db, unscored))) scores.set(id, score);
  const years = new Map<number, OpinionRow[]>();
  const templates = new Map<string, Template>();
  const hashes = new Map<Template, string>();
  for (const version of counted) {
    const inspectionId = version[2];
    const scored = scores.get(inspectionId);
    if (!scored) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_INSPECTION', id: inspectionId });
    if (scored.template) {
      let hash = hashes.get(scored.template);
      if (hash === undefined) hashes.set(scored.template, (hash = templateHash(scored.template)));
      templates.set(hash, scored.template);
    }
    const row: OpinionRow = {
      inspectionId,
      institutionName: version[8] ?? '',
      filingNo: version[9] ?? '',
      kindLabel: institutionKindLabels[version[7] as InstitutionKind],
      opinion: scored.category,
      outcomeLabel: scored.outcomeLabel,
      scoreHundredths: scored.total,
    };
    // R-YQ-06 再视情况决定是否准予延续备案或恢复评价活动: once the rectification this inspection ordered is decided, the
    // filing's opinion is the decision's category (renew → 同意延续备案, resume → 正常评价, terminate → 终止备案).
    const decision = version[11];
    if (decision) {
      const category = decidedCategory(decision);
      row.opinion = category;
      row.outcomeLabel = scored.template?.outcome.labels[category] ?? OUTCOME_LABELS[category];
      row.decisionLabel = decisionLabel(decision);
    }
    const filingYear = version[10] ?? 0;
    const yearRows = years.get(filingYear);
    if (yearRows) yearRows.push(row);
    else years.set(filingYear, [row]);
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
      return { filingYear, rows: sortByFilingNo(rows), counts };
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
