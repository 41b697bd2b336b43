import type { OutcomeCategory } from '../templates/types';

/** Chinese labels of outcome categories (附件4 columns for the Shanxi form; 合格/不合格 for Shandong). */
export const OUTCOME_LABELS: Record<OutcomeCategory, string> = {
  pass: '合格',
  fail: '不合格',
  terminate: '终止备案',
  renew: '同意延续备案',
  defer: '暂时不予延续备案',
  suspend: '暂停评价活动',
  normal: '正常评价',
  undetermined: '暂无法判定',
};
