import type { ErrorTexts } from './types';

/** Rectification (整改, issue 15): opening, responses, the notice, the final decision. */
export const rectificationErrors = {
  RECTIFICATION_NOT_FOUND: { zh: '找不到整改记录 {uid}', en: 'Rectification {uid} was not found' },
  RECTIFICATION_FILE_NOT_FOUND: { zh: '找不到整改文件 {fileId}', en: 'Rectification file {fileId} was not found' },
  REPORT_KIND_NOT_OFFERED: {
    zh: '核查 {inspectionId} 不能生成此类报告（{kind}）：整改复查记录只用于整改复查核查',
    en: 'Inspection {inspectionId} does not offer this report ({kind}): the recheck record is for follow-up inspections only',
  },
} satisfies ErrorTexts;
