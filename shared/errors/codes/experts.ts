import type { ErrorTexts } from './types';

/** The expert pool (专家库, issue 16): saving and importing experts. */
export const expertErrors = {
  EXPERT_NOT_FOUND: { zh: '找不到专家 #{id}', en: 'Expert #{id} was not found' },
  EXPERT_ID_NUMBER_TAKEN: { zh: '身份证号已属于专家 {code}（{name}）', en: 'That ID number already belongs to expert {code} ({name})' },
  EXPERT_CODE_TAKEN: { zh: '专家编号 {code} 已被 {name} 使用', en: 'Expert code {code} is already used by {name}' },
  EXPERT_ID_NUMBER_REQUIRED: { zh: '新增专家须填写身份证号', en: 'A new expert needs an ID number' },
} satisfies ErrorTexts;
