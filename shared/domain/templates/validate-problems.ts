import { errorText, type ErrorParams } from '../../errors';
import type { templateProblemTexts } from '../../errors/codes/templates';
import type { Problem, ProblemCode } from './problems';

// How validation words and locates a problem: a registry code with its values, and the `at` locator (problems.ts).

export type TemplateProblemReason = keyof typeof templateProblemTexts;

export interface ProblemSpec {
  code: ProblemCode;
  reason: TemplateProblemReason;
  params: ErrorParams;
  /** Locator, grammar in problems.ts; undefined for the form as a whole. */
  at: string | undefined;
  /** Item, section, group, penalty or veto id, when the problem is about one. */
  id?: string;
}

export function located({ code, reason, params, at, id }: ProblemSpec): Problem {
  const found: Problem = { code, message: errorText(reason, params), reason, params };
  if (id !== undefined) found.id = id;
  if (at !== undefined) found.at = at;
  return found;
}

/** Errors and warnings found so far. */
export interface Findings {
  errors: Problem[];
  warnings: Problem[];
}

export type DuplicateTerm =
  | 'FORM_TERM_SECTION'
  | 'FORM_TERM_GROUP'
  | 'FORM_TERM_ITEM'
  | 'FORM_TERM_PENALTY'
  | 'FORM_TERM_VETO'
  | 'FORM_TERM_FACT'
  | 'FORM_TERM_TIER'
  | 'FORM_TERM_RULE'
  | 'FORM_TERM_BRACKET';

/**
 * One DUPLICATE_ID error for each id used again, located at the repeat. Ids within an item (tiers, rules, brackets)
 * name the item; the problem's `id` is the item then, else the repeated id.
 */
export function duplicateIds(ids: readonly string[], what: DuplicateTerm, atOf: (id: string) => string, out: Problem[], itemId?: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      out.push(
        itemId === undefined
          ? located({ code: 'DUPLICATE_ID', reason: 'FORM_DUPLICATE_ID', params: { what, id }, at: atOf(id), id })
          : located({ code: 'DUPLICATE_ID', reason: 'FORM_DUPLICATE_IN_ITEM', params: { what, id, itemId }, at: atOf(id), id: itemId }),
      );
    }
    seen.add(id);
  }
}

/** The earlier index of each value seen again: [index, firstIndex] pairs, in order. */
export function repeats<T>(values: readonly T[]): [number, number][] {
  const first = new Map<T, number>();
  const found: [number, number][] = [];
  values.forEach((value, index) => {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else found.push([index, earlier]);
  });
  return found;
}
