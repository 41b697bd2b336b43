import type { ErrorTexts } from './types';

/** A drawn round's packs (issue 16): one per panel leader's laptop. */
export const roundPackErrors = {} satisfies ErrorTexts;
