import type { Database } from 'better-sqlite3';
import { getFiling } from '../../../../db/repositories/filings';
import { requireInspection } from '../../../../db/repositories/inspections';
import { institutionKindLabels } from '../../../../shared/store/enums';
import type { OpinionColumn, SummaryModel } from '../../pdf/model/summary';
import { listReview, type ReviewItem } from './review-list';
import { scoreInspection } from './score-inspection';

/** 附件4 columns (一)…(五) in order (R-YQ-07); (六) is the score. */
export const OPINION_COLUMNS: readonly { key: OpinionColumn; no: string; label: string }[] = [
  { key: 'terminate', no: '（一）', label: '需终止备案的机构' },
  { key: 'renew', no: '（二）', label: '同意延续备案的机构' },
  { key: 'defer', no: '（三）', label: '暂时不予延续备案机构' },
  { key: 'suspend', no: '（四）', label: '暂停评价活动的机构' },
  { key: 'normal', no: '（五）', label: '正常评价的机构' },
];

export interface OpinionRow {
  inspectionId: number;
  institutionName: string;
  filingNo: string;
  kindLabel: string;
  opinion: OpinionColumn | null;
  /** Shown when the outcome is not one of the five (e.g. 暂无法判定). */
  outcomeLabel: string;
  scoreHundredths: number | null;
}

export interface OpinionYear {
  filingYear: number;
  rows: OpinionRow[];
  /** 小计: institutions per column. */
  counts: Record<OpinionColumn, number>;
}

export interface OpinionSummary {
  years: OpinionYear[];
  totals: Record<OpinionColumn, number>;
  /** Assessments left out, with the reason (not yet accepted, unresolved conflict). */
  excluded: { institutionName: string; filingNo: string; reason: string }[];
}

const emptyCounts = (): Record<OpinionColumn, number> => ({ terminate: 0, renew: 0, defer: 0, suspend: 0, normal: 0 });
const isOpinion = (category: string): category is OpinionColumn => OPINION_COLUMNS.some((c) => c.key === category);

/**
 * 评估意见汇总表 (004 附件4) from the accepted inspections, one row per filing, grouped by filing year. The category
 * is the scoring domain's outcome (R-YQ-05..07), so the summary never disagrees with the scored sheet.
 */
export function buildOpinionSummary(db: Database): OpinionSummary {
  const items = listReview(db).filter((item) => !item.superseded);
  const byFiling = new Map<string, ReviewItem[]>();
  for (const item of items) byFiling.set(item.conflictKey, [...(byFiling.get(item.conflictKey) ?? []), item]);
  const years = new Map<number, OpinionRow[]>();
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
    const row: OpinionRow = {
      inspectionId: inspection.id,
      institutionName: filing.listedName,
      filingNo: filing.filingNo,
      kindLabel: institutionKindLabels[filing.kind],
      opinion: isOpinion(scored.category) ? scored.category : null,
      outcomeLabel: scored.outcomeLabel,
      scoreHundredths: scored.total,
    };
    years.set(filing.filingYear, [...(years.get(filing.filingYear) ?? []), row]);
  }
  const totals = emptyCounts();
  const result: OpinionYear[] = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([filingYear, rows]) => {
      const counts = emptyCounts();
      for (const row of rows) if (row.opinion) counts[row.opinion] += 1;
      for (const column of OPINION_COLUMNS) totals[column.key] += counts[column.key];
      return { filingYear, rows: rows.sort((a, b) => a.filingNo.localeCompare(b.filingNo)), counts };
    });
  return { years: result, totals, excluded };
}

/** The PDF engineer's model (electron/services/pdf/model/summary.ts) for the printed form. */
export function toSummaryModel(summary: OpinionSummary, office: string): SummaryModel {
  const years = summary.years.map((y) => y.filingYear);
  const span = years.length === 0 ? '' : years[0] === years[years.length - 1] ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`;
  return {
    kind: 'summary',
    title: `${span}年度备案机构评估意见汇总表`,
    office,
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
