/** The notice that orders rectification (R-YQ-06). */
export const RECTIFICATION_BASIS_SOURCE = '阳人社函〔2023〕221号';

/** §四(二) of the notice with its three items, verbatim (../shared/seeds/004, punctuation as printed). */
export const RECTIFICATION_BASIS_PARAGRAPH = [
  '(二)有下列情形之一的,暂不予以延续备案或暂停评价活动,限期2个月内完成整改,再视情况决定是否准予延续备案或恢复评价活动:',
  '1、对涉及审计提出问题整改不到位的;',
  '2、对备案机构法人登记证明已不在有效期内及在民政、市场监管等部门公布的年度评估工作中存在影响单位法人资质合规性问题的,暂不予延续备案或暂停评价活动;',
  '3、评估结果不达标准的。',
].join('\n');

/** The basis a rectification stores and its notice prints: the rule that decided (its source), then the paragraph. */
export function rectificationBasis(ruleSource: string | null): string {
  const cited = ruleSource && ruleSource.trim() !== '' ? ruleSource.trim() : `${RECTIFICATION_BASIS_SOURCE} §四(二)`;
  return `${cited}（四、评估处理）：\n${RECTIFICATION_BASIS_PARAGRAPH}`;
}
