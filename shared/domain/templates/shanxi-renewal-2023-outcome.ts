import type { ContextFact, OutcomeRules, Veto } from './types';

// 阳人社函〔2023〕221号 §四 评估处理 and 附件4 评估意见汇总表 (R-YQ-04..07).

/**
 * §四(一) 2–6: findings the panel answers 是/否. §四(一)1 (连续两年未开展) comes from records and is
 * answers.context.noEvaluationTwoConsecutiveYears; §四(一)7 (评估结果不合格) is the score itself.
 */
export const shanxiRenewalVetoes: Veto[] = [
  { id: '四(一)2', text: '备案申请中故意提供虚假承诺、虚假资料的;' },
  { id: '四(一)3', text: '严重超出备案范围开展评价工作的;' },
  { id: '四(一)4', text: '为参评人员或协助参评人员伪造申报资料或证件,或纵容参评人员违规报名的;' },
  { id: '四(一)5', text: '考场秩序混乱,有组织舞弊的;' },
  { id: '四(一)6', text: '未经评价,直接颁发证书或伪造虚假成绩颁发证书的;' },
];

/** §四(一)1 and §四(二)1–3: facts the panel states, each read by one outcome rule below. */
export const shanxiRenewalContextFacts: ContextFact[] = [
  { id: 'noEvaluationTwoConsecutiveYears', label: '自备案以来连续两年未开展职业技能等级评价工作', source: '阳人社函〔2023〕221号 §四(一)1' },
  { id: 'auditFindingsNotRectified', label: '对涉及审计提出问题整改不到位', source: '阳人社函〔2023〕221号 §四(二)1' },
  { id: 'legalRegistrationInvalid', label: '法人登记证明已不在有效期内或存在影响法人资质合规性问题', source: '阳人社函〔2023〕221号 §四(二)2' },
  { id: 'resultBelowStandard', label: '评估结果不达标准', source: '阳人社函〔2023〕221号 §四(二)3' },
];

const DEFER_OR_SUSPEND = { renewal: 'defer', ongoing: 'suspend' } as const;
const RECTIFY = '暂不予以延续备案或暂停评价活动，限期2个月内完成整改，再视情况决定是否准予延续备案或恢复评价活动';

export const shanxiRenewalOutcome: OutcomeRules = {
  // 附件4: 同意延续 / 暂时不予延续 only for 2020 filings; 暂停评价活动 / 正常评价 only for 2021 filings.
  tracksByFilingYear: { '2020': 'renewal', '2021': 'ongoing' },
  labels: { terminate: '终止备案', renew: '同意延续备案', defer: '暂时不予延续备案', suspend: '暂停评价活动', normal: '正常评价' },
  rules: [
    {
      ruleId: 'R-YQ-05',
      when: { kind: 'contextFlag', flag: 'noEvaluationTwoConsecutiveYears' },
      category: 'terminate',
      reason: '自备案以来连续两年未开展职业技能等级评价工作，直接确定为“不合格”，终止备案。',
      source: '阳人社函〔2023〕221号 §四(一)1',
    },
    {
      ruleId: 'R-YQ-05',
      when: { kind: 'anyVeto' },
      category: 'terminate',
      reason: '存在§四(一)所列直接确定为“不合格”的情形，终止备案。',
      source: '阳人社函〔2023〕221号 §四(一)2–6',
    },
    {
      ruleId: 'R-YQ-05',
      when: { kind: 'scoreBelowPassMark' },
      category: 'terminate',
      reason: '评估结果不合格（未达到六十分），直接确定为“不合格”，终止备案。',
      source: '阳人社函〔2023〕221号 §三“六十分以上为合格”、§四(一)7',
    },
    {
      ruleId: 'R-YQ-06',
      when: { kind: 'contextFlag', flag: 'auditFindingsNotRectified' },
      category: DEFER_OR_SUSPEND,
      reason: `对涉及审计提出问题整改不到位，${RECTIFY}。`,
      source: '阳人社函〔2023〕221号 §四(二)1',
      rectification: { unit: 'months', count: 2 },
    },
    {
      ruleId: 'R-YQ-06',
      when: { kind: 'contextFlag', flag: 'legalRegistrationInvalid' },
      category: DEFER_OR_SUSPEND,
      reason: `法人登记证明已不在有效期内或存在影响法人资质合规性问题，${RECTIFY}。`,
      source: '阳人社函〔2023〕221号 §四(二)2',
      rectification: { unit: 'months', count: 2 },
    },
    {
      ruleId: 'R-YQ-06',
      when: { kind: 'contextFlag', flag: 'resultBelowStandard' },
      category: DEFER_OR_SUSPEND,
      reason: `评估结果不达标准，${RECTIFY}。`,
      source: '阳人社函〔2023〕221号 §四(二)3',
      rectification: { unit: 'months', count: 2 },
    },
    {
      ruleId: 'R-YQ-07',
      when: { kind: 'always' },
      category: { renewal: 'renew', ongoing: 'normal' },
      reason: '评估合格（六十分以上）且无终止或整改情形：2020年备案的机构同意延续备案，2021年备案的机构正常评价。',
      source: '阳人社函〔2023〕221号 §三、附件4',
    },
  ],
};
