import type { ErrorParams } from '../../errors';

/** One finding of template validation; message is plain Chinese and names the item. */
export interface Problem {
  code: ProblemCode;
  /** The zh-CN sentence, errorText(reason, params) when reason is set. */
  message: string;
  /** The registry code (shared/errors/codes/templates.ts) that words this problem in either language. */
  reason?: string;
  /** The values the reason's sentence names. */
  params?: ErrorParams;
  /** Item, section, group, penalty or veto id, when the problem is about one. */
  id?: string;
  /** Path in the template data, for malformed data. */
  path?: string;
  /**
   * The part of the form the problem is about, as a locator a form file's source map resolves to sheet / row /
   * column (shared/domain/forms). Grammar (ids as in the data; `/` separates an item from its part; field names are
   * the Template's property names):
   *   form:<field>                       a form-level field: form:passMark, form:declaredTotal, form:title …
   *   section:<sectionId>  group:<groupId>  item:<itemId>[:<field>]
   *   tier:<itemId>/<tierId>  rule:<itemId>/<ruleId>  bracket:<itemId>/<bracketId>  unitTier:<itemId>/<tierId>
   *   penalty:<penaltyId>  veto:<vetoId>  fact:<factId>  label:<category>
   *   summary:<category>                 the published summary's column heading of a category (outcome.summary)
   *   outcome:<index>  sampling:<index>  finding:<index>  column:<index>  columnGroup:<index>  header:<index>
   * (index 0-based in its list). Absent when the problem concerns the form as a whole.
   */
  at?: string;
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
  | 'PASS_MARK'
  /** An outcome rule that can never apply, a missing default rule, rectification on a passing result. */
  | 'OUTCOME_RULE'
  /** The print layout: column groups, the inspector score column. */
  | 'LAYOUT';

export interface ValidationReport {
  errors: Problem[];
  warnings: Problem[];
}

export function problem(code: ProblemCode, message: string, id?: string): Problem {
  return id === undefined ? { code, message } : { code, message, id };
}
