import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allItems, getTemplate, validateTemplate, type Template } from '../../../shared/domain/templates';
import { resolvesIn } from './template-locator';

// Any one slip a clerk can make in a valid built-in form yields an error, and every error points at a part of the form
// that exists (so the form file's source map can name its sheet and row).

type Mutation = (template: Template, pick: number) => boolean;

function nth<T>(list: readonly T[], pick: number): T | undefined {
  return list.length === 0 ? undefined : list[pick % list.length];
}

/** Gives entry j the id of entry i (i < j) in a list of at least two. */
function duplicateIn(list: { id: string }[], pick: number): boolean {
  if (list.length < 2) return false;
  const j = 1 + (pick % (list.length - 1));
  const i = Math.floor(pick / list.length) % j;
  const [source, target] = [list[i], list[j]];
  if (!source || !target) return false;
  target.id = source.id;
  return true;
}

const mutations: Record<string, Mutation> = {
  dropSampledItem(template, pick) {
    const sampled = template.sampling.flatMap((entry) => entry.itemIds);
    const itemId = nth(sampled, pick);
    if (itemId === undefined) return false;
    for (const section of template.sections) for (const group of section.groups) group.items = group.items.filter((i) => i.id !== itemId);
    return true;
  },
  shiftBracketBound(template, pick) {
    const brackets = allItems(template).flatMap(({ item }) => (item.scoring.kind === 'ratioBracket' ? item.scoring.brackets : []));
    const bracket = nth(brackets, pick);
    if (!bracket) return false;
    const bound = pick % 2 === 0 ? bracket.from : bracket.to;
    const shift = 1 + (Math.floor(pick / 2) % 9);
    bound.percent += Math.floor(pick / 20) % 2 === 0 ? shift : -shift;
    return true;
  },
  flipBracketInclusion(template, pick) {
    const brackets = allItems(template).flatMap(({ item }) => (item.scoring.kind === 'ratioBracket' ? item.scoring.brackets : []));
    const bracket = nth(brackets, pick);
    if (!bracket) return false;
    const bound = pick % 2 === 0 ? bracket.from : bracket.to;
    bound.inclusive = !bound.inclusive;
    return true;
  },
  duplicateId(template, pick) {
    const items = allItems(template).map((l) => l.item);
    const lists: { id: string }[][] = [
      template.sections,
      template.sections.flatMap((s) => s.groups),
      items,
      template.vetoes,
      template.contextFacts,
      ...items.map((item) => {
        const scoring = item.scoring;
        if (scoring.kind === 'tiered' || scoring.kind === 'unitRatioDeduction') return scoring.tiers;
        if (scoring.kind === 'deduction') return scoring.rules;
        if (scoring.kind === 'ratioBracket') return scoring.brackets;
        return [];
      }),
    ].filter((list) => list.length >= 2);
    const list = nth(lists, pick);
    return list !== undefined && duplicateIn(list, Math.floor(pick / 7));
  },
  breakSamplingReference(template, pick) {
    const entry = nth(template.sampling, pick);
    if (!entry) return false;
    entry.itemIds.push(`9.${pick}`);
    return true;
  },
  breakFindingTarget(template, pick) {
    const finding = nth(template.autoFindings, pick);
    if (!finding) return false;
    if (finding.target.kind === 'veto') finding.target.vetoId = `x${pick}`;
    else if (pick % 2 === 0) finding.target.ruleId = `z${pick}`;
    else finding.target.itemId = `9.${pick}`;
    return true;
  },
  breakFactReference(template, pick) {
    const rules = template.outcome.rules.filter((rule) => rule.when.kind === 'contextFlag');
    const rule = nth(rules, pick);
    if (!rule) return false;
    rule.when = { kind: 'contextFlag', flag: `missing${pick}` };
    return true;
  },
  dropLabel(template, pick) {
    const category = nth(Object.keys(template.outcome.labels), pick) as keyof Template['outcome']['labels'] | undefined;
    if (!category) return false;
    delete template.outcome.labels[category];
    return true;
  },
  duplicateColumn(template, pick) {
    const column = nth(template.layout.columns, pick);
    if (!column) return false;
    template.layout.columns.push({ ...column });
    return true;
  },
  repeatOutcomeRule(template, pick) {
    const rule = nth(template.outcome.rules, pick);
    if (!rule) return false;
    template.outcome.rules.splice(template.outcome.rules.indexOf(rule) + 1, 0, structuredClone(rule));
    return true;
  },
};

describe('validateTemplate properties', () => {
  it('finds an error, located in the form, for any one slip in a built-in', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('shandong-enterprise-2024', 'shanxi-renewal-2023'),
        fc.constantFrom(...Object.keys(mutations)),
        fc.nat(10_000),
        (templateId, name, pick) => {
          const template = structuredClone(getTemplate(templateId));
          const mutate = mutations[name];
          fc.pre(mutate !== undefined && mutate(template, pick));
          const { errors } = validateTemplate(template);
          expect(errors.length, name).toBeGreaterThan(0);
          expect(
            errors.some((e) => e.at !== undefined),
            name,
          ).toBe(true);
          for (const error of errors) {
            if (error.at !== undefined) expect(resolvesIn(template, error.at), `${name}: ${error.at} ${error.message}`).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
