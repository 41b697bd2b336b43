import { formatPoints } from '../scoring/points';
import type { Problem, ValidationReport } from './problems';
import { templateSchema } from './schema';
import type { Item, Template } from './types';
import { malformedProblems } from './validate-malformed';
import { checkOutcome } from './validate-outcome';
import { checkAutoFindings, checkLayout, checkSampling } from './validate-plan';
import { duplicateIds, located, type Findings } from './validate-problems';
import { checkItemScoring } from './validate-scoring';
import { allItems, groupMaximum, sectionMaximum, templateMaximum } from './walk';

export interface TemplateValidation extends ValidationReport {
  /** The parsed template when the data is well-formed (it may still have errors). */
  template?: Template;
}

/**
 * Validates template data: structure first (zod), then ids, tiers, brackets, references, sums, the outcome rules,
 * sampling plan, findings and print layout. Every problem is worded through the registry (reason + params) and
 * located (`at`, grammar in problems.ts). A declared total that differs from the real maximum is a warning, never
 * rescaled (R-YQ-01).
 */
export function validateTemplate(data: unknown): TemplateValidation {
  const parsed = templateSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { errors: malformedProblems(data, parsed.error), warnings: [] };
  const template = parsed.data;
  const found: Findings = { errors: [], warnings: [] };
  const itemsInOrder = allItems(template);
  const itemsById = new Map<string, Item>(itemsInOrder.map((l) => [l.item.id, l.item]));

  checkIds(template, found.errors);
  for (const { item } of itemsInOrder) {
    const checks = checkItemScoring(item, itemsById);
    found.errors.push(...checks.errors);
    found.warnings.push(...checks.warnings);
  }
  for (const penalty of template.penalties) {
    if (penalty.pointsPerOccurrence <= 0) {
      found.errors.push(
        located({ code: 'BAD_POINTS', reason: 'FORM_PENALTY_POINTS', params: { id: penalty.id }, at: `penalty:${penalty.id}`, id: penalty.id }),
      );
    }
  }
  checkSums(template, found);
  checkOutcome(template, found);
  checkSampling(template, itemsById, found);
  checkAutoFindings(template, itemsById, found);
  checkLayout(template, found);
  return { errors: found.errors, warnings: found.warnings, template };
}

function checkIds(template: Template, errors: Problem[]): void {
  const groups = template.sections.flatMap((s) => s.groups);
  duplicateIds(
    template.sections.map((s) => s.id),
    'FORM_TERM_SECTION',
    (id) => `section:${id}`,
    errors,
  );
  duplicateIds(
    groups.map((g) => g.id),
    'FORM_TERM_GROUP',
    (id) => `group:${id}`,
    errors,
  );
  duplicateIds(
    groups.flatMap((g) => g.items.map((i) => i.id)),
    'FORM_TERM_ITEM',
    (id) => `item:${id}`,
    errors,
  );
  duplicateIds(
    template.penalties.map((p) => p.id),
    'FORM_TERM_PENALTY',
    (id) => `penalty:${id}`,
    errors,
  );
  duplicateIds(
    template.vetoes.map((v) => v.id),
    'FORM_TERM_VETO',
    (id) => `veto:${id}`,
    errors,
  );
}

function checkSums(template: Template, found: Findings): void {
  for (const section of template.sections) {
    for (const group of section.groups) {
      const sum = groupMaximum(group);
      if (group.declaredMax !== null && group.declaredMax !== sum) {
        const params = { id: group.id, title: group.title ?? '', declared: formatPoints(group.declaredMax), sum: formatPoints(sum) };
        found.errors.push(located({ code: 'GROUP_SUM', reason: 'FORM_GROUP_SUM', params, at: `group:${group.id}`, id: group.id }));
      }
    }
    const sum = sectionMaximum(section);
    if (section.declaredMax !== sum) {
      const params = { id: section.id, title: section.title, declared: formatPoints(section.declaredMax), sum: formatPoints(sum) };
      found.errors.push(located({ code: 'SECTION_SUM', reason: 'FORM_SECTION_SUM', params, at: `section:${section.id}`, id: section.id }));
    }
  }

  const maximum = templateMaximum(template);
  if (template.declaredTotal !== maximum) {
    const params = {
      title: template.title,
      declared: formatPoints(template.declaredTotal),
      source: template.declaredTotalSource,
      maximum: formatPoints(maximum),
    };
    found.warnings.push(located({ code: 'DECLARED_TOTAL', reason: 'FORM_DECLARED_TOTAL', params, at: 'form:declaredTotal' }));
  }
  if (template.passMark.points <= 0 || template.passMark.points > maximum) {
    const params = { passMark: formatPoints(template.passMark.points), maximum: formatPoints(maximum) };
    found.errors.push(located({ code: 'PASS_MARK', reason: 'FORM_PASS_MARK', params, at: 'form:passMark' }));
  }
}
