import type { FollowUpScope } from '../rounds/types';
import type { Rectification } from '../templates/types';

/**
 * One finding a rectification lists (整改事项): a situation of the form's own that ordered the rectification (a context
 * fact such as 对涉及审计提出问题整改不到位), an item that lost points, a 倒扣分 that applied, or a veto answered 是.
 * `key` is stable within the rectification (`fact:<id>`, `item:<id>`, `penalty:<id>`, `veto:<id>`); labels are copied from the form
 * version the inspection was scored with so the notice reads the same whatever forms come later.
 */
export interface RectificationFinding {
  key: string;
  kind: 'condition' | 'deduction' | 'penalty' | 'veto';
  /** The form's context fact, item, penalty or veto id. */
  refId: string;
  /** e.g. 1.2 考评人员管理 — the item's number and title, or the veto's text. */
  label: string;
  /** Points lost (hundredths); null for a veto. */
  pointsLostHundredths: number | null;
  /** The inspector's notes and recorded findings for it, in order; for a condition, the ordering rule's reason first. */
  notes: string[];
}

/** The final decision after a rectification (R-YQ-06: 再视情况决定是否准予延续备案或恢复评价活动). */
export const RECTIFICATION_DECISIONS = ['renew', 'resume', 'terminate'] as const;
export type RectificationDecision = (typeof RECTIFICATION_DECISIONS)[number];

/** Where a rectification stands; derived from its records, never stored. */
export const RECTIFICATION_STAGES = ['open', 'responded', 'followUpAssigned', 'rechecked', 'decided'] as const;
export type RectificationStage = (typeof RECTIFICATION_STAGES)[number];

/** What the deadline watch says on a given day (the institution list and the office review show it). */
export const RECTIFICATION_WATCH = ['none', 'inProgress', 'dueSoon', 'overdue'] as const;
export type RectificationWatch = (typeof RECTIFICATION_WATCH)[number];

/** Rectifications due within this many working days show as due soon (issue 15 §3). */
export const DUE_SOON_WORKING_DAYS = 10;

export interface RectificationResponseView {
  id: number;
  receivedOn: string;
  summary: string;
  recordedBy: string;
  recordedAt: string;
  files: { id: number; name: string; mime: string; bytes: number; sha256: string }[];
}

export interface RectificationDecisionView {
  decision: RectificationDecision;
  /** 准予延续 / 恢复评价 / 终止备案. */
  label: string;
  reason: string;
  followUpInspectionId: number | null;
  decidedOn: string;
  decidedBy: string;
  decidedAt: string;
}

export interface FollowUpView {
  inspectionId: number;
  scope: FollowUpScope;
  inspectionDate: string;
  status: string;
  scoreHundredths: number | null;
  outcomeLabel: string | null;
  /** Per listed finding: fixed (no deduction, penalty or veto any more), not fixed, or not re-checked yet. */
  findings: { key: string; result: 'fixed' | 'notFixed' | 'unchecked' }[];
}

/** A rectification as the window shows it (office: everything; laptop: the copy a pack brought). */
export interface RectificationView {
  uid: string;
  filingId: number;
  institutionName: string;
  filingNo: string;
  roundUid: string | null;
  roundName: string | null;
  /** The office inspection that ordered it (office only). */
  inspectionId: number | null;
  templateHash: string;
  outcomeCategory: string;
  /** e.g. 暂时不予延续备案. */
  outcomeLabel: string;
  inspectionDate: string;
  scoreHundredths: number | null;
  findings: RectificationFinding[];
  deadlineRule: Rectification;
  dueOn: string;
  /** The legal basis quoted from the notice. */
  basis: string;
  origin: 'office' | 'received';
  openedBy: string;
  openedAt: string;
  stage: RectificationStage;
  watch: RectificationWatch;
  /** Working days from the day asked about to the deadline (negative once overdue). */
  workingDaysLeft: number;
  responses: RectificationResponseView[];
  followUps: FollowUpView[];
  /** The signed 整改通知书, once generated. */
  notice: { fileId: number; name: string; bytes: number } | null;
  decision: RectificationDecisionView | null;
  /** The decisions the ordering outcome allows (defer: renew/terminate; suspend: resume/terminate; else all). */
  allowedDecisions: RectificationDecision[];
}
