import type { ErrorTexts } from './types';

/** A drawn round's packs (issue 16): one per panel leader's laptop. */
export const roundPackErrors = {
  ROUND_PACK_NO_PANELS: {
    zh: '评估轮次“{name}”中没有组长使用笔记本 {deviceKey}，无任务包可导出',
    en: 'No panel leader of assessment round “{name}” uses laptop {deviceKey}; there is no pack to export',
  },
  ROUND_PACK_FORM_MISSING: {
    zh: '未指定“{kind}”类机构所用的评估表（备案 {filingNo} 需要），请为该类机构选择评估表',
    en: 'No form was given for institutions of kind “{kind}” (filing {filingNo} needs one); choose a form for that kind',
  },
} satisfies ErrorTexts;
