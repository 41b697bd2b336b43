/**
 * An assessment round (评估轮次): one campaign, e.g. 2026年度延续备案评估. A filing is assessed at most once per round;
 * inspections of the same filing in different rounds are its history, two laptops' versions of the same round's
 * inspection are a conflict kept side by side.
 */
export interface AssessmentRound {
  /** 32 lowercase hex characters, random, the same on every store that holds the round. */
  uid: string;
  name: string;
  year: number;
  /** office: opened by this office; device: opened by this laptop (no pack named one); received: came in a pack or bundle. */
  origin: 'office' | 'device' | 'received';
  /** The office name or the device key that opened it. */
  openedBy: string;
  openedAt: string;
}

export const INSPECTION_PURPOSES = ['assessment', 'followUp'] as const;
export type InspectionPurpose = (typeof INSPECTION_PURPOSES)[number];

/** A follow-up (整改复查) re-checks the rectification's listed findings only, or the whole form; the office chooses. */
export const FOLLOW_UP_SCOPES = ['findings', 'full'] as const;
export type FollowUpScope = (typeof FOLLOW_UP_SCOPES)[number];

/** Where an inspection belongs: the assessment of its filing in a round, or a follow-up of a rectification. */
export type InspectionRoundLink =
  | { roundUid: string; purpose: 'assessment'; rectificationUid: null; scope: null }
  | { roundUid: string; purpose: 'followUp'; rectificationUid: string; scope: FollowUpScope };

/** The default name of a round opened for a year (the notices' own wording). */
export const defaultRoundName = (year: number): string => `${year}年度延续备案评估`;
