/** One finding of template validation; message is plain Chinese and names the item. */
export interface Problem {
  code: ProblemCode;
  message: string;
  /** Item, section, group, penalty or veto id, when the problem is about one. */
  id?: string;
  /** Path in the template data, for malformed data. */
  path?: string;
}

export type ProblemCode =
  | 'MALFORMED'
  | 'DUPLICATE_ID'
  | 'BAD_POINTS'
  | 'TIER_OUTSIDE_MAX'
  | 'NO_FULL_MARKS'
  | 'RATIO_GAP'
  | 'RATIO_OVERLAP'
  | 'RATIO_RANGE'
  | 'UNKNOWN_UNIT'
  | 'BAD_REFERENCE'
  | 'GROUP_SUM'
  | 'SECTION_SUM'
  | 'DECLARED_TOTAL'
  | 'PASS_MARK';

export interface ValidationReport {
  errors: Problem[];
  warnings: Problem[];
}

export function problem(code: ProblemCode, message: string, id?: string): Problem {
  return id === undefined ? { code, message } : { code, message, id };
}
