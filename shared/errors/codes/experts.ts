import type { ErrorTexts } from './types';

/** The expert pool (专家库, issue 16): saving and importing experts. */
export const expertErrors = {
  EXPERT_NOT_FOUND: { zh: '找不到专家 #{id}', en: 'Expert #{id} was not found' },
  EXPERT_ID_NUMBER_TAKEN: { zh: '身份证号已属于专家 {code}（{name}）', en: 'That ID number already belongs to expert {code} ({name})' },
  EXPERT_CODE_TAKEN: { zh: '专家编号 {code} 已被 {name} 使用', en: 'Expert code {code} is already used by {name}' },
  EXPERT_ID_NUMBER_REQUIRED: { zh: '新增专家须填写身份证号', en: 'A new expert needs an ID number' },

  TERM_IMPORT_EXPERTS: { zh: '专家库名单', en: 'expert pool list' },
  /** Row reasons of the experts import (RowError.reason, worded as those of ./import-rows.ts). */
  ROW_EXPERT_CODE_FORMAT: {
    zh: '专家编号“{text}”只能由字母、数字、- 和 _ 组成，最多 40 位',
    en: 'The expert code “{text}” may only hold letters, digits, - and _, at most 40 of them',
  },
  ROW_EXPERT_CODE_TAKEN: {
    zh: '专家编号 {code} 已属于另一名专家 {name}（身份证号不同）',
    en: 'The expert code {code} already belongs to another expert, {name} (a different ID number)',
  },
  ROW_EXPERT_NO_ROLE: {
    zh: '可任组长、可任成员至少一项应为“是”',
    en: 'At least one of “can lead” and “can be a member” must be yes',
  },
  TERM_ROW_EXPERT_STATUS_CHOICES: { zh: '在库、启用 或 停用', en: 'active or inactive' },
  ROW_EXPERT_TOO_MANY: { zh: '共 {count} 项，最多 {max} 项', en: '{count} entries, at most {max}' },
  ROW_EXPERT_CONFLICT_RELATION: {
    zh: '回避机构“{text}”括号中的“{relation}”不是回避关系，应为 {choices}（机构名称本身带括号时，请在其后再写回避关系，如“某某公司（分公司）（其他）”）',
    en: 'In the conflict “{text}”, “{relation}” is not a relation; use {choices} (when the name itself ends in brackets, add the relation after it)',
  },
  ROW_EXPERT_CONFLICT_NO_INSTITUTION: {
    zh: '回避机构“{text}”没有写机构名称或统一社会信用代码',
    en: 'The conflict “{text}” names no institution (a name or a unified social credit code)',
  },
} satisfies ErrorTexts;
