import type { ErrorTexts } from './types';

/** Assessment rounds and follow-ups (issue 15): opening rounds, assigning and starting follow-up inspections. */
export const roundErrors = {
  ROUND_NOT_FOUND: { zh: '找不到评估轮次 {uid}', en: 'Assessment round {uid} was not found' },
  FOLLOW_UP_ASSIGNMENT_NOT_FOUND: { zh: '找不到整改复查任务 {uid}', en: 'Follow-up assignment {uid} was not found' },
  FOLLOW_UP_NOT_FOLLOW_UP: { zh: '任务 {uid} 不是整改复查任务', en: 'Assignment {uid} is not a follow-up assignment' },
  FOLLOW_UP_FILING_MISMATCH: {
    zh: '整改复查任务 {uid} 针对备案 #{expected}，不是备案 #{filingId}',
    en: 'Follow-up assignment {uid} is for filing #{expected}, not filing #{filingId}',
  },
  FOLLOW_UP_RECTIFICATION_MISSING: {
    zh: '本机没有整改复查任务 {uid} 所需的整改记录 {rectificationUid}，请重新导入任务包',
    en: 'The rectification {rectificationUid} that follow-up assignment {uid} re-checks is not here; import the task pack again',
  },
  FOLLOW_UP_ITEM_OUTSIDE_FINDINGS: {
    zh: '本次整改复查只复查整改事项，{key} 不在其中，不能修改',
    en: 'This follow-up re-checks the listed findings only; {key} is not one of them and cannot be changed',
  },
  HISTORY_PDF_NOT_FOUND: {
    zh: '找不到历史记录中的 PDF（#{ref}），请重新导入任务包',
    en: 'The history PDF #{ref} was not found; import the task pack again',
  },
  ROUND_REASON_PACK_RECTIFICATION_MISSING: {
    zh: '整改复查任务 {uid} 所需的整改记录 {rectificationUid} 不在任务包中',
    en: 'the rectification {rectificationUid} that follow-up assignment {uid} re-checks is not in the pack',
  },
  ROUND_REASON_PACK_FILING_MISSING: {
    zh: '{entry} 引用的备案 #{filingId} 不在任务包中',
    en: '{entry} refers to filing #{filingId}, which is not in the pack',
  },
  ROUND_REASON_PACK_ROUND_MISSING: {
    zh: '任务 {uid} 所属的评估轮次 {roundUid} 不在任务包中',
    en: 'the round {roundUid} that assignment {uid} names is not in the pack',
  },
  ROUND_REASON_PACK_HISTORY_DUPLICATE: {
    zh: '历史记录编号 {entryNo} 重复',
    en: 'history entry number {entryNo} appears twice',
  },
  ROUND_DIFFERS: {
    zh: '结果包中的评估轮次 {uid}（“{name}”）与本单位保存的同一轮次（“{heldName}”）内容不同，整个结果包未导入',
    en: 'The bundle’s assessment round {uid} (“{name}”) differs from the same round held here (“{heldName}”); nothing was imported',
  },
  ROUND_FOLLOW_UP_UNKNOWN_RECTIFICATION: {
    zh: '结果包中的核查记录 {remoteId} 是整改复查，但本单位没有整改记录 {uid}，整个结果包未导入',
    en: 'Inspection {remoteId} in the bundle is a follow-up of rectification {uid}, which this office does not hold; nothing was imported',
  },
  ROUND_FOLLOW_UP_WRONG_FILING: {
    zh: '结果包中的核查记录 {remoteId}（备案 {filingId}）复查的整改记录 {uid} 属于另一个备案，整个结果包未导入',
    en: 'Inspection {remoteId} in the bundle (filing {filingId}) follows up rectification {uid} of another filing; nothing was imported',
  },
} satisfies ErrorTexts;
