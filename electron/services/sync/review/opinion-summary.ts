import type { Database } from '../../../../db/engine';
import { inspectionsByIds } from '../../../../db/repositories/inspections';
import type { StoredScoreNow } from '../../../../db/repositories/inspection-scores';
import type { ImportedInspectionRecord, ReviewStatus } from '../../../../db/repositories/sync-imports';
import { statement } from '../../../../db/sql';
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
import { conflictFlags, headIds } from './conflict-state';
import { scoreInspections, storedScoreReader, type InspectionScore } from './score-inspection';

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
function decidedOpinion(decision: RectificationDecision | null, template: Template | null): Partial<OpinionRow> {
  if (!decision) return {};
  const category = decidedCategory(decision);
  const label = decisionLabel(decision);
  return { opinion: category, outcomeLabel: template?.outcome.labels[category] ?? OUTCOME_LABELS[category], decisionLabel: label };
}

/** String.prototype.localeCompare's order (ECMA-402: a Collator of the default locale), without a collator a call. */
const byFilingNo = new Intl.Collator().compare;

const emptyCounts = (columns: readonly OpinionColumn[]): OpinionCounts => Object.fromEntries(columns.map((c) => [c.category, 0]));

/** bundle-import.ts conflictKeyOf: a follow-up inspection is keyed by its rectification. */
const isFollowUpKey = (conflictKey: string) => conflictKey.startsWith('followUp:');

/** Per imported version, its filing (null without one), the decision on the rectification it ordered, its stored score. */
interface Version {
  record: ImportedInspectionRecord;
  filing: { kind: InstitutionKind; listedName: string; filingNo: string; filingYear: number } | null;
  decision: RectificationDecision | null;
  stored: StoredScoreNow | undefined;
}

interface VersionRow {
  id: number;
  device_key: string;
  remote_id: number;
  remote_parent_id: number | null;
  content_sha256: string;
  inspection_id: number;
  conflict_key: string;
  signer_serial: string;
  imported_at: string;
  review_status: ReviewStatus;
  review_comment: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  filing_id: number | null;
  kind: InstitutionKind | null;
  listed_name: string | null;
  filing_no: string | null;
  filing_year: number | null;
  decision: RectificationDecision | null;
  score_template_hash: string | null;
  score_filing_year: number | null;
  scoring_version: number | null;
  total_hundredths: number | null;
  category: string | null;
  outcome_label: string | null;
  orders_rectification: number | null;
  pinned_hash: string | null;
}

/** Every imported version, in import order, with what the summary needs of it: one statement, whatever the round's size. */
function listVersions(db: Database): Version[] {
  const rows = statement<VersionRow>(
    db,
    `SELECT s.id, s.device_key, s.remote_id, s.remote_parent_id, s.content_sha256, s.inspection_id, s.conflict_key, s.signer_serial,
       s.imported_at, s.review_status, s.review_comment, s.reviewed_at, s.reviewed_by,
       f.id AS filing_id, f.kind, f.listed_name, f.filing_no, f.filing_year, d.decision,
       sc.template_hash AS score_template_hash, sc.filing_year AS score_filing_year, sc.scoring_version, sc.total_hundredths, sc.category,
       sc.outcome_label, sc.orders_rectification, p.template_hash AS pinned_hash
     FROM sync_imported_inspections s
     JOIN inspections i ON i.id = s.inspection_id
     LEFT JOIN filings f ON f.id = i.filing_id
     LEFT JOIN rectifications r ON r.inspection_id = s.inspection_id
     LEFT JOIN rectification_decisions d ON d.rectification_uid = r.uid
     LEFT JOIN inspection_scores sc ON sc.inspection_id = s.inspection_id
     LEFT JOIN inspection_template_pins p ON p.inspection_id = s.inspection_id
     ORDER BY s.id`,
  ).all();
  return rows.map((row) => ({
    record: {
      id: row.id,
      deviceKey: row.device_key,
      remoteId: row.remote_id,
      remoteParentId: row.remote_parent_id,
      contentSha256: row.content_sha256,
      inspectionId: row.inspection_id,
      conflictKey: row.conflict_key,
      signerSerial: row.signer_serial,
      importedAt: row.imported_at,
      reviewStatus: row.review_status,
      reviewComment: row.review_comment,
      reviewedAt: row.reviewed_at,
      reviewedBy: row.reviewed_by,
    },
    filing:
      row.filing_id === null
        ? null
        : { kind: row.kind as InstitutionKind, listedName: row.listed_name ?? '', filingNo: row.filing_no ?? '', filingYear: row.filing_year ?? 0 },
    decision: row.decision,
    stored:
      row.score_template_hash === null
        ? undefined
        : {
            inspectionId: row.inspection_id,
            templateHash: row.score_template_hash,
            filingYear: row.score_filing_year,
            scoringVersion: row.scoring_version ?? 0,
            totalHundredths: row.total_hundredths,
            category: row.category ?? '',
            outcomeLabel: row.outcome_label ?? '',
            ordersRectification: row.orders_rectification === 1,
            pinnedHash: row.pinned_hash,
            currentFilingYear: row.filing_year,
          },
  }));
}

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
  const versions = listVersions(db);
  const all = versions.map((version) => version.record);
  const heads = headIds(all);
  const inConflict = conflictFlags(all, heads);
  // A follow-up (整改复查) is no row of its own: it counts through the rectification's decision on the assessment's row.
  const byFiling = new Map<string, Version[]>();
  for (const version of versions) {
    const { record } = version;
    if (!heads.has(record.id) || isFollowUpKey(record.conflictKey)) continue;
    const group = byFiling.get(record.conflictKey);
    if (group) group.push(version);
    else byFiling.set(record.conflictKey, [version]);
  }
  const excluded: OpinionSummary['excluded'] = [];
  const counted: (Version & { filing: NonNullable<Version['filing']> })[] = [];
  for (const group of byFiling.values()) {
    const accepted = group.filter((v) => v.record.reviewStatus === 'accepted');
    const first = group[0];
    if (!first) continue;
    // An open conflict (two accepted, or a version that came after the acceptance) is decided before it is counted.
    const open = group.some((v) => inConflict.get(v.record.id) ?? false);
    if (open || accepted.length !== 1) {
      excluded.push({
        institutionName: first.filing?.listedName ?? '',
        filingNo: first.filing?.filingNo ?? '',
        reason: !open ? '尚未复核通过' : accepted.length > 1 ? '冲突未解决：存在多份已通过的版本' : '冲突未解决：有版本尚未复核',
      });
      continue;
    }
    const chosen = accepted[0] as Version;
    if (chosen.filing) counted.push({ ...chosen, filing: chosen.filing });
  }
  // Stored scores (migration 0015) as read; the others (imported before it, or no longer holding) scored together.
  const read = storedScoreReader(db);
  const scores = new Map<number, InspectionScore>();
  const unscored: number[] = [];
  for (const { record, stored } of counted) {
    const score = read(stored);
    if (score) scores.set(record.inspectionId, score);
    else unscored.push(record.inspectionId);
  }
  if (unscored.length > 0) for (const [id, score] of scoreInspections(db, inspectionsByIds(db, unscored))) scores.set(id, score);
  const years = new Map<number, OpinionRow[]>();
  const templates = new Map<string, Template>();
  const hashes = new Map<Template, string>();
  for (const { record, filing, decision } of counted) {
    const scored = scores.get(record.inspectionId);
    if (!scored) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_INSPECTION', id: record.inspectionId });
    if (scored.template) {
      let hash = hashes.get(scored.template);
      if (hash === undefined) hashes.set(scored.template, (hash = templateHash(scored.template)));
      templates.set(hash, scored.template);
    }
    const row: OpinionRow = {
      inspectionId: record.inspectionId,
      institutionName: filing.listedName,
      filingNo: filing.filingNo,
      kindLabel: institutionKindLabels[filing.kind],
      opinion: scored.category,
      outcomeLabel: scored.outcomeLabel,
      scoreHundredths: scored.total,
      ...decidedOpinion(decision, scored.template),
    };
    const yearRows = years.get(filing.filingYear);
    if (yearRows) yearRows.push(row);
    else years.set(filing.filingYear, [row]);
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
      return { filingYear, rows: rows.sort((a, b) => byFilingNo(a.filingNo, b.filingNo)), counts };
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
