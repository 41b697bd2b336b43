import type { ErrorTexts } from './types';

/** Rectification (整改, issue 15): opening, responses, the notice, the final decision. */
export const rectificationErrors = {
  RECTIFICATION_NOT_FOUND: { zh: '找不到整改记录 {uid}', en: 'Rectification {uid} was not found' },
} satisfies ErrorTexts;
