import type { ErrorTexts } from './types';

/** Rectification (整改, issue 15): opening, responses, the notice, the final decision. */
export const rectificationErrors = {
  RECTIFICATION_NOT_FOUND: { zh: '找不到整改记录 {uid}', en: 'Rectification {uid} was not found' },
  RECTIFICATION_NOT_ACCEPTED: {
    zh: '核查 #{inspectionId} 尚未复核通过，不能开具整改记录。',
    en: 'Inspection #{inspectionId} has not been accepted in review, so no rectification can be opened for it.',
  },
  RECTIFICATION_NOT_ORDERED: {
    zh: '核查 #{inspectionId} 的结论“{outcome}”不要求整改。',
    en: 'The outcome of inspection #{inspectionId} (“{outcome}”) orders no rectification.',
  },
  RECTIFICATION_FILE_EMPTY: { zh: '佐证材料“{file}”是空的。', en: 'The evidence file “{file}” is empty.' },
  RECTIFICATION_FILE_TYPE: {
    zh: '佐证材料“{file}”的内容不是 {mime} 文件，请选择照片（JPG/PNG/WEBP/GIF）或 PDF 扫描件。',
    en: 'The content of the evidence file “{file}” is not {mime}. Choose a photo (JPG/PNG/WEBP/GIF) or a scanned PDF.',
  },
  RECTIFICATION_DATE_BEFORE_INSPECTION: {
    zh: '{field}（{date}）早于核查日期 {inspectionDate}。',
    en: '{field} ({date}) is before the inspection day {inspectionDate}.',
  },
  RECTIFICATION_ALREADY_DECIDED: {
    zh: '整改记录 {uid} 已于 {decidedOn} 作出最终决定，不能再次决定。',
    en: 'Rectification {uid} was decided on {decidedOn}; a decision is final.',
  },
  RECTIFICATION_DECISION_NOT_ALLOWED: {
    zh: '结论为“{outcome}”的整改只能决定为：{allowed}。',
    en: 'A rectification ordered as “{outcome}” can only be decided as: {allowed}.',
  },
  RECTIFICATION_FOLLOW_UP_UNKNOWN: {
    zh: '核查 #{inspectionId} 不是整改记录 {uid} 的复查。',
    en: 'Inspection #{inspectionId} is not a follow-up of rectification {uid}.',
  },
  RECTIFICATION_FIELD_RECEIVED_ON: { zh: '收到整改材料日期', en: 'The day the response was received' },
  RECTIFICATION_FIELD_DECIDED_ON: { zh: '决定日期', en: 'The decision day' },
  RECTIFICATION_FILE_NOT_FOUND: { zh: '找不到整改文件 {fileId}', en: 'Rectification file {fileId} was not found' },
  REPORT_KIND_NOT_OFFERED: {
    zh: '核查 {inspectionId} 不能生成此类报告（{kind}）：整改复查记录只用于整改复查核查',
    en: 'Inspection {inspectionId} does not offer this report ({kind}): the recheck record is for follow-up inspections only',
  },
} satisfies ErrorTexts;
