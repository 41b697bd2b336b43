import { OUTCOME_CATEGORIES, RESERVED_CONTEXT_KEYS, type OutcomeCategory, type OutcomeCondition, type OutcomeRule, type Template } from './types';
import { duplicateIds, located, type Findings } from './validate-problems';

// Checks of the outcome: the facts its rules read, the labels of what they decide, rules that can never apply.

const PASSING: readonly OutcomeCategory[] = ['pass', 'renew', 'normal'];

function categoriesOf(rule: OutcomeRule): OutcomeCategory[] {
  return typeof rule.category === 'string' ? [rule.category] : [rule.category.renewal, rule.category.ongoing];
}

function sameCondition(a: OutcomeCondition, b: OutcomeCondition): boolean {
  return a.kind === b.kind && (a.kind !== 'contextFlag' || (b.kind === 'contextFlag' && a.flag === b.flag));
}

export function checkOutcome(template: Template, out: Findings): void {
  const { rules, labels, tracksByFilingYear } = template.outcome;
  const factIds = new Set(template.contextFacts.map((f) => f.id));
  const read = new Set<string>();

  duplicateIds(
    template.contextFacts.map((f) => f.id),
    'FORM_TERM_FACT',
    (id) => `fact:${id}`,
    out.errors,
  );
  for (const fact of template.contextFacts) {
    if ((RESERVED_CONTEXT_KEYS as readonly string[]).includes(fact.id)) {
      const params = { fact: fact.id, reserved: RESERVED_CONTEXT_KEYS.join(', ') };
      out.errors.push(located({ code: 'DUPLICATE_ID', reason: 'FORM_FACT_RESERVED', params, at: `fact:${fact.id}`, id: fact.id }));
    }
  }

  const decided = new Set<OutcomeCategory>();
  const hasTracks = Object.keys(tracksByFilingYear).length > 0;
  let alwaysAt: number | null = null;
  rules.forEach((rule, index) => {
    const at = `outcome:${index}`;
    const base = { position: index + 1, ruleId: rule.ruleId };
    const unreachable = (cause: string, extra: Record<string, number> = {}) =>
      out.errors.push(located({ code: 'OUTCOME_RULE', reason: 'FORM_RULE_UNREACHABLE', params: { ...base, cause, ...extra }, at }));

    if (rule.when.kind === 'contextFlag') {
      read.add(rule.when.flag);
      if (!factIds.has(rule.when.flag)) {
        out.errors.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_FACT_UNKNOWN', params: { ...base, fact: rule.when.flag }, at }));
      }
    }
    for (const category of categoriesOf(rule)) {
      if (!decided.has(category) && labels[category] === undefined) {
        out.errors.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_LABEL_MISSING', params: { ...base, category }, at }));
      }
      decided.add(category);
    }
    const passing = categoriesOf(rule).find((category) => PASSING.includes(category));
    if (rule.rectification && passing) {
      out.warnings.push(located({ code: 'OUTCOME_RULE', reason: 'FORM_RECTIFICATION_ON_PASS', params: { ...base, category: passing }, at }));
    }

    const earlierSame = rules.slice(0, index).findIndex((earlier) => sameCondition(earlier.when, rule.when));
    if (alwaysAt !== null) unreachable('FORM_UNREACHABLE_AFTER_ALWAYS', { earlier: alwaysAt + 1 });
    else if (earlierSame >= 0) unreachable('FORM_UNREACHABLE_SAME_CONDITION', { earlier: earlierSame + 1 });
    else if (typeof rule.category !== 'string' && !hasTracks) unreachable('FORM_UNREACHABLE_NO_TRACKS');
    else if (rule.when.kind === 'anyVeto' && template.vetoes.length === 0) unreachable('FORM_UNREACHABLE_NO_VETOES');
    if (rule.when.kind === 'always' && alwaysAt === null) alwaysAt = index;
  });

  if (alwaysAt === null) out.warnings.push(located({ code: 'OUTCOME_RULE', reason: 'FORM_NO_DEFAULT_RULE', params: {}, at: 'form:outcome' }));
  for (const fact of template.contextFacts) {
    if (!read.has(fact.id))
      out.warnings.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_FACT_UNUSED', params: { fact: fact.id }, at: `fact:${fact.id}` }));
  }
  const categoryOfLabel = new Map<string, OutcomeCategory>();
  for (const category of OUTCOME_CATEGORIES) {
    const label = labels[category];
    const first = label === undefined ? undefined : categoryOfLabel.get(label);
    if (label !== undefined && first !== undefined) {
      out.warnings.push(located({ code: 'DUPLICATE_ID', reason: 'FORM_LABEL_TWICE', params: { first, category, label }, at: `label:${category}` }));
    } else if (label !== undefined) categoryOfLabel.set(label, category);
    if (label !== undefined && !decided.has(category)) {
      out.warnings.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_LABEL_UNUSED', params: { category, label }, at: `label:${category}` }));
    }
    const heading = template.outcome.summary?.headings[category];
    if (heading !== undefined && !decided.has(category)) {
      const params = { category, heading };
      out.warnings.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_SUMMARY_HEADING_UNUSED', params, at: `summary:${category}` }));
    }
  }
}
