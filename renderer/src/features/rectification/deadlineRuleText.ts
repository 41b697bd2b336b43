import type { TFunction } from 'i18next';
import type { Rectification } from '../../../../shared/domain/templates/types';

/** The form's rule as the clerk reads it: 限期 2 个月 / 限期 20 个工作日, counted from the inspection day. */
export function deadlineRuleText(t: TFunction, rule: Rectification): string {
  return t(`rectification.rule.${rule.unit}`, { count: rule.count });
}
