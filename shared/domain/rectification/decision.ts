import type { OutcomeCategory } from '../templates/types';
import { RECTIFICATION_DECISIONS, type RectificationDecision } from './types';

/** R-YQ-06 再视情况决定是否准予延续备案或恢复评价活动: a deferred renewal is renewed or ended, a suspension resumed or ended. */
export function allowedDecisions(outcomeCategory: string): RectificationDecision[] {
  if (outcomeCategory === 'defer') return ['renew', 'terminate'];
  if (outcomeCategory === 'suspend') return ['resume', 'terminate'];
  return [...RECTIFICATION_DECISIONS];
}

const DECIDED_CATEGORY = { renew: 'renew', resume: 'normal', terminate: 'terminate' } as const satisfies Record<
  RectificationDecision,
  OutcomeCategory
>;

/** The 附件4 category a decision gives the filing's round: 同意延续备案 / 正常评价 / 终止备案. */
export const decidedCategory = (decision: RectificationDecision): OutcomeCategory => DECIDED_CATEGORY[decision];

export const DECISION_LABELS = {
  zh: { renew: '准予延续', resume: '恢复评价', terminate: '终止备案' },
  en: { renew: 'Renewal granted', resume: 'Evaluation resumed', terminate: 'Filing terminated' },
} as const satisfies Record<'zh' | 'en', Record<RectificationDecision, string>>;

export const decisionLabel = (decision: RectificationDecision, language: 'zh' | 'en' = 'zh'): string => DECISION_LABELS[language][decision];
