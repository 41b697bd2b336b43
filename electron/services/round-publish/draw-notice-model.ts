import type { Database } from '../../../db/engine';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { getRoundDraw } from '../../../db/repositories/round-draws';
import { getRoundPlan } from '../../../db/repositories/round-plans';
import { getOfficeKeys } from '../../../db/repositories/sync-office';
import {
  EXCLUSION_REASON_LABELS,
  SELECTION_REASON_LABELS,
  type DrawnPanel,
  type PanelRole,
  type RoundDrawRecord,
} from '../../../shared/domain/double-random/types';
import { AppError } from '../../../shared/errors';
import { institutionKindLabels } from '../../../shared/store/enums';
import { recordFingerprint } from '../pdf/fingerprint';
import { PUBLISH_BASIS } from './basis';
import { rulesInWords } from './rules-text';

export const PANEL_ROLE_LABELS: Record<PanelRole, string> = { lead: '组长', member: '成员' };

export interface NoticeExpert {
  code: string;
  name: string;
}

export interface NoticePanel {
  leader: NoticeExpert | null;
  members: NoticeExpert[];
  recusals: number;
  /** In words; null when the panel is full. */
  shortfall: string | null;
}

export interface NoticeObject {
  no: number;
  institutionName: string;
  filingNo: string;
  kindLabel: string;
  /** In words, in SELECTION_REASONS order. */
  reasons: string[];
  /** 抽检批次 of a process-material check, '' when none. */
  batches: string;
  panel: NoticePanel;
}

export interface NoticeRecusal {
  institutionName: string;
  filingNo: string;
  code: string;
  name: string;
  reasons: string;
}

/**
 * Everything the 抽取结果公示 prints, in words, from the stored draw record and the plan. Nothing here comes from the
 * expert pool's table: the record holds 专家编号 and names only, so an ID number cannot reach the notice.
 */
export interface DrawNotice {
  title: string;
  officeName: string;
  roundName: string;
  publishedOn: string;
  basis: readonly { source: string; quote: string }[];
  seed: string;
  seedHash: string;
  /** When the plan fixed the seed (before the draw), and whether it was announced by the office. */
  seedFixedAt: string;
  seedNote: string | null;
  drawnAt: string;
  algorithm: string;
  institutionDirectory: { hash: string; count: number };
  expertDirectory: { hash: string; count: number; active: number };
  rules: string[];
  objects: NoticeObject[];
  recusals: NoticeRecusal[];
  notes: string[];
  verifyCommand: string;
  /** Of the draw record: the paper notice is matched to its record by it. */
  fingerprint: string;
}

export const drawNoticeTitle = (roundName: string): string => `${roundName}“双随机、一公开”抽查结果公示`;

/** The office's name as the notice's issuer: the publishing office must have been set up (office init). */
export function publishingOfficeName(db: Database): string {
  const name = getOfficeKeys(db)?.officeName;
  if (!name) throw new AppError('ROUND_PUBLISH_NO_OFFICE', {});
  return name;
}

/** The stored draw of a round; ROUND_PLAN_NOT_FOUND / ROUND_NOT_DRAWN before there is one. */
export function requireDrawnRound(db: Database, roundUid: string) {
  const round = getRound(db, roundUid);
  const plan = getRoundPlan(db, roundUid);
  if (!round || !plan) throw new AppError('ROUND_PLAN_NOT_FOUND', { uid: roundUid });
  const draw = getRoundDraw(db, roundUid);
  if (!draw) throw new AppError('ROUND_NOT_DRAWN', { name: round.name });
  return { round, plan, draw };
}

export function loadDrawNotice(db: Database, roundUid: string, publishedOn: string): DrawNotice {
  const { round, plan, draw } = requireDrawnRound(db, roundUid);
  const record = draw.record;
  const seedNote =
    plan.seedSource === 'announced'
      ? `种子为本单位事先公布的数值${plan.seedNote ? `（${plan.seedNote}）` : ''}。`
      : plan.seedNote
        ? `${plan.seedNote}`
        : null;
  return {
    title: drawNoticeTitle(round.name),
    officeName: publishingOfficeName(db),
    roundName: round.name,
    publishedOn,
    basis: PUBLISH_BASIS,
    seed: record.seed,
    seedHash: record.seedHash,
    seedFixedAt: plan.createdAt,
    seedNote,
    drawnAt: record.drawnAt,
    algorithm: record.algorithm,
    institutionDirectory: { hash: record.institutionDirectoryHash, count: record.counts.filings },
    expertDirectory: { hash: record.expertDirectoryHash, count: record.counts.experts, active: record.counts.activeExperts },
    rules: rulesInWords(record.rules),
    objects: objectsOf(record),
    recusals: recusalsOf(record),
    notes: record.notes.map((note) => note.message),
    verifyCommand: `round verify --db <数据库文件> --round ${round.uid}`,
    fingerprint: recordFingerprint(record),
  };
}

function panelOf(panel: DrawnPanel | undefined): NoticePanel {
  if (!panel) return { leader: null, members: [], recusals: 0, shortfall: '未抽取专家组' };
  const expert = (seat: { code: string; name: string }): NoticeExpert => ({ code: seat.code, name: seat.name });
  const leader = panel.seats.find((seat) => seat.role === 'lead');
  return {
    leader: leader ? expert(leader) : null,
    members: panel.seats.filter((seat) => seat.role === 'member').map(expert),
    recusals: panel.exclusions.length,
    shortfall: shortfallInWords(panel.shortfall),
  };
}

export function shortfallInWords(shortfall: DrawnPanel['shortfall']): string | null {
  if (!shortfall) return null;
  const parts = [...(shortfall.leader ? ['组长 1 名'] : []), ...(shortfall.members > 0 ? [`成员 ${shortfall.members} 名`] : [])];
  return parts.length === 0 ? null : `符合条件的专家不足，缺${parts.join('、')}`;
}

function objectsOf(record: RoundDrawRecord): NoticeObject[] {
  const panels = new Map(record.panels.map((panel) => [panel.filingId, panel]));
  return record.selected.map((filing, index) => ({
    no: index + 1,
    institutionName: filing.institutionName,
    filingNo: filing.filingNo,
    kindLabel: institutionKindLabels[filing.kind],
    reasons: filing.reasons.map((reason) => SELECTION_REASON_LABELS[reason]),
    batches: filing.batches.map((batch) => batch.batchNo).join('、'),
    panel: panelOf(panels.get(filing.filingId)),
  }));
}

function recusalsOf(record: RoundDrawRecord): NoticeRecusal[] {
  const filings = new Map(record.selected.map((filing) => [filing.filingId, filing]));
  return record.panels.flatMap((panel) =>
    panel.exclusions.map((exclusion) => ({
      institutionName: filings.get(panel.filingId)?.institutionName ?? '',
      filingNo: filings.get(panel.filingId)?.filingNo ?? '',
      code: exclusion.code,
      name: exclusion.name,
      reasons: exclusion.reasons.map((reason) => EXCLUSION_REASON_LABELS[reason]).join('；'),
    })),
  );
}
