/** Every relaxation or shortfall of a draw, with a stable machine code and a plain-Chinese message. */
export type DrawNoteCode =
  | 'EMPTY_POPULATION'
  | 'EMPTY_BATCHES_EXCLUDED'
  | 'NO_CANDIDATES'
  | 'RELAXED_SAME_LEVEL'
  | 'RELAXED_SAME_OCCUPATION'
  | 'RELAXED_DISTINCT_PAIR'
  | 'RELAXED_ANY_BATCH'
  | 'BATCH_SHORTFALL'
  | 'BATCHES_ADDED'
  | 'CANDIDATE_SHORTFALL'
  | 'OCCUPATION_SHORTFALL'
  | 'RATE_ASSUMED'
  | 'POPULATION_CHANGED';

export interface DrawNote {
  code: DrawNoteCode;
  message: string;
}

export function note(code: DrawNoteCode, message: string): DrawNote {
  return { code, message };
}
