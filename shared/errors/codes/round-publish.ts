import type { ErrorTexts } from './types';

/** Publishing a round (一公开, issue 16): the draw notice and the results notice. */
export const roundPublishErrors = {} satisfies ErrorTexts;
