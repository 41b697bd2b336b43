import type { Database } from '../../../db/engine';
import { getDecision, listRectifications } from '../../../db/repositories/rectifications';
import type { RectificationStage } from '../../../shared/domain/rectification/types';
import { formatPoints } from '../../../shared/domain/scoring/points';
import { institutionKindLabels } from '../../../shared/store/enums';
import { recordFingerprint } from '../pdf/fingerprint';
import { rectificationStanding } from '../history/rectification-standing';
import { listReview, type ReviewItem } from '../sync/review/review-list';
import { PUBLISH_BASIS } from './basis';
import { publishingOfficeName, requireDrawnRound } from './draw-notice-model';

export const NOT_YET_DONE = '尚未完成';

const STAGE_LABELS: Record<RectificationStage, string> = {
  open: '待整改',
  responded: '已提交整改情况',
  followUpAssigned: '已安排复查',
  rechecked: '已复查',
  decided: '已决定',
};
const DECISION_LABELS = { renew: '准予延续', resume: '恢复评价', terminate: '终止备案' } as const;

export interface ResultRow {
  no: number;
  institutionName: string;
  filingNo: string;
  kindLabel: string;
  inspectionDate: string;
  /** Points as the forms print them; '' when not scored. */
  score: string;
  outcome: string;
  rectification: string;
}

/** 检查结果公示: per selected filing the outcome the office accepted in this round, or 尚未完成. */
export interface ResultsNotice {
  title: string;
  officeName: string;
  roundName: string;
  publishedOn: string;
  basis: readonly { source: string; quote: string }[];
  seedHash: string;
  rows: ResultRow[];
  completed: number;
  fingerprint: string;
}

export const resultsNoticeTitle = (roundName: string): string => `${roundName}“双随机、一公开”检查结果公示`;

/**
 * An outcome is public once the office accepted the imported inspection (sync review) that the round's assessment of
 * the filing is; a pending, returned or superseded version, or two accepted versions not yet reconciled, is not.
 */
export function loadResultsNotice(db: Database, roundUid: string, publishedOn: string): ResultsNotice {
  const { round, draw } = requireDrawnRound(db, roundUid);
  const accepted = new Map<number, ReviewItem[]>();
  for (const item of listReview(db)) {
    if (item.round?.uid !== roundUid || item.purpose !== 'assessment' || item.superseded || item.reviewStatus !== 'accepted') continue;
    accepted.set(item.filingId, [...(accepted.get(item.filingId) ?? []), item]);
  }
  const rows = draw.record.selected.map((filing, index): ResultRow => {
    const items = accepted.get(filing.filingId) ?? [];
    const only = items.length === 1 ? items[0] : undefined;
    return {
      no: index + 1,
      institutionName: filing.institutionName,
      filingNo: filing.filingNo,
      kindLabel: institutionKindLabels[filing.kind],
      inspectionDate: only?.inspectionDate ?? '',
      score: only?.scoreHundredths === null || only === undefined ? '' : formatPoints(only.scoreHundredths),
      outcome: only ? only.outcomeLabel : items.length > 1 ? `${NOT_YET_DONE}（复核中）` : NOT_YET_DONE,
      rectification: rectificationText(db, roundUid, filing.filingId, publishedOn),
    };
  });
  return {
    title: resultsNoticeTitle(round.name),
    officeName: publishingOfficeName(db),
    roundName: round.name,
    publishedOn,
    basis: PUBLISH_BASIS,
    seedHash: draw.record.seedHash,
    rows,
    completed: rows.filter((row) => !row.outcome.startsWith(NOT_YET_DONE)).length,
    fingerprint: recordFingerprint({ record: draw.record, rows }),
  };
}

/** The round's rectification of the filing in words: its deadline and stage, or the final decision. */
function rectificationText(db: Database, roundUid: string, filingId: number, onDate: string): string {
  return listRectifications(db, filingId)
    .filter((rectification) => rectification.roundUid === roundUid)
    .map((rectification) => {
      const decision = getDecision(db, rectification.uid);
      if (decision) return `整改决定：${DECISION_LABELS[decision.decision]}`;
      const { stage, watch } = rectificationStanding(db, rectification, decision, onDate);
      return `限 ${rectification.dueOn} 前整改，${STAGE_LABELS[stage]}${watch === 'overdue' ? '（已逾期）' : ''}`;
    })
    .join('；');
}
