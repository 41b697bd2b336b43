import type { ErrorTexts } from './types';

/** Assessment rounds and follow-ups (issue 15): opening rounds, assigning and starting follow-up inspections. */
export const roundErrors = {
  ROUND_NOT_FOUND: { zh: '找不到评估轮次 {uid}', en: 'Assessment round {uid} was not found' },
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
