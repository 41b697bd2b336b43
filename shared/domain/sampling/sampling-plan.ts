import type { SamplingPlanEntry, Template } from '../templates/types';
import type { SamplingRuleId } from './sampling-rules';

/** The draws a form needs, in the order it offers them (template.sampling). */
export function samplingPlan(template: Pick<Template, 'sampling'>): readonly SamplingPlanEntry[] {
  return template.sampling;
}

/** The sampling rule whose draw picks the units an item checks (its 评估办法 say “随机抽查…”), or null. */
export function ruleForItem(template: Pick<Template, 'sampling'>, itemId: string): SamplingRuleId | null {
  return template.sampling.find((entry) => entry.itemIds.includes(itemId))?.rule ?? null;
}
