import type { ErrorTexts } from './types';

/** Round plans and draws (双随机, issue 16). */
export const roundPlanErrors = {
  ROUND_PLAN_NOT_FOUND: { zh: '评估轮次 {uid} 没有抽取计划', en: 'Assessment round {uid} has no draw plan' },
  ROUND_ALREADY_DRAWN: {
    zh: '评估轮次“{name}”已于 {drawnAt} 抽取，抽取结果和规则不能再改',
    en: 'Assessment round “{name}” was drawn on {drawnAt}; its result and rules cannot change',
  },
  ROUND_NOT_DRAWN: { zh: '评估轮次“{name}”尚未抽取', en: 'Assessment round “{name}” has not been drawn yet' },
} satisfies ErrorTexts;
