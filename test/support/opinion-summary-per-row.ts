import type { Database } from '../../db/engine';
import { getFiling } from '../../db/repositories/filings';
import { requireInspection } from '../../db/repositories/inspections';
import { getDecision, rectificationOfInspection } from '../../db/repositories/rectifications';
import {
  opinionColumnsOver,
  type OpinionCounts,
  type OpinionColumn,
  type OpinionRow,
  type OpinionSummary,
  type OpinionYear,
} from '../../electron/services/sync/review/opinion-summary';
import { listReview, type ReviewItem } from '../../electron/services/sync/review/review-list';
import { scoreInspection } from '../../electron/services/sync/review/score-inspection';
import { decidedCategory, decisionLabel } from '../../shared/domain/rectification/decision';
import { OUTCOME_LABELS } from '../../shared/domain/scoring/outcome-labels';
import { templateHash } from '../../shared/domain/templates/hash';
import type { Template } from '../../shared/domain/templates/types';
import { institutionKindLabels } from '../../shared/store/enums';

/**
 * The 附件4 summary as it was computed before it became set-based (issue 17 §6): every imported version through
 * listReview, every counted inspection scored from its answers (scoreInspection), its decision read row by row. The
 * reference buildOpinionSummary must agree with, kept as it was.
 */

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
export function opinionSummaryPerRow(db: Database): OpinionSummary {
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
