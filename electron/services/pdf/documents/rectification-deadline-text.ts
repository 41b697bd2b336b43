import type { Rectification } from '../../../../shared/domain/templates/types';

/** 2026-03-05 → 2026年3月5日. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** The deciding rule's time to rectify as the notice states it: 2个月 / 20个工作日. */
export function rectificationPeriodText(rule: Rectification): string {
  return rule.unit === 'months' ? `${rule.count}个月` : `${rule.count}个工作日`;
}
