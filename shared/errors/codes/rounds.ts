import type { ErrorTexts } from './types';

/** Assessment rounds and follow-ups (issue 15): opening rounds, assigning and starting follow-up inspections. */
export const roundErrors = {
  ROUND_NOT_FOUND: { zh: '找不到评估轮次 {uid}', en: 'Assessment round {uid} was not found' },
} satisfies ErrorTexts;
