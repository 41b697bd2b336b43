import type { DrawableRule } from '../../../../shared/ipc/channels/sampling';

/**
 * Which draws each form needs, and which items check the units a draw picked (their 评估办法 say
 * “随机抽查…”). The Shandong form names no sample, so only the yearly spot-check rate applies (R-SM-05).
 */
export interface PlannedDraw {
  rule: DrawableRule;
  itemIds: string[];
}

const PLANS: Record<string, PlannedDraw[]> = {
  'shanxi-renewal-2023': [
    { rule: 'R-SM-01', itemIds: ['3.1.3', '3.3.1', '3.3.2', '3.6.1', '3.6.2', '3.6.3', '3.8.1', '3.8.2'] },
    { rule: 'R-SM-02', itemIds: ['3.1.2'] },
    { rule: 'R-SM-03', itemIds: ['3.7.1'] },
    { rule: 'R-SM-04', itemIds: ['3.4.1', '4.1.1', '4.1.2'] },
  ],
  'shandong-enterprise-2024': [{ rule: 'R-SM-05', itemIds: [] }],
};

export function samplingPlan(templateId: string): PlannedDraw[] {
  return PLANS[templateId] ?? [];
}

export function ruleForItem(templateId: string, itemId: string): DrawableRule | null {
  return samplingPlan(templateId).find((plan) => plan.itemIds.includes(itemId))?.rule ?? null;
}
