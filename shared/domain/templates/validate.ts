import { formatPoints } from '../scoring/points';
import { problem, type Problem, type ValidationReport } from './problems';
import { templateSchema } from './schema';
import type { Item, Template } from './types';
import { checkItemScoring, duplicates } from './validate-scoring';
import { allItems, groupMaximum, sectionMaximum, templateMaximum } from './walk';
import { describeZodIssue, formatPath } from './zod-issues';

export interface TemplateValidation extends ValidationReport {
  /** The parsed template when the data is well-formed (it may still have errors). */
  template?: Template;
}

/**
 * Validates template data: structure first (zod), then ids, tiers, brackets, references, sums.
 * A declared total that differs from the real maximum is a warning, never rescaled (R-YQ-01).
 */
export function validateTemplate(data: unknown): TemplateValidation {
  const parsed = templateSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => ({
        code: 'MALFORMED' as const,
        message: `评估表数据格式错误：${describeZodIssue(issue)}`,
        path: formatPath(issue.path),
      })),
      warnings: [],
    };
  }
  const template = parsed.data;
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const located = allItems(template);

  duplicates(
    template.sections.map((s) => s.id),
    '评估类别',
    undefined,
    errors,
  );
  duplicates(
    template.sections.flatMap((s) => s.groups.map((g) => g.id)),
    '评估项目',
    undefined,
    errors,
  );
  duplicates(
    located.map((l) => l.item.id),
    '评估内容',
    undefined,
    errors,
  );
  duplicates(
    template.penalties.map((p) => p.id),
    '倒扣分项',
    undefined,
    errors,
  );
  duplicates(
    template.vetoes.map((v) => v.id),
    '一票否决项',
    undefined,
    errors,
  );

  const itemsById = new Map<string, Item>(located.map((l) => [l.item.id, l.item]));
  for (const { item } of located) {
    const checks = checkItemScoring(item, itemsById);
    errors.push(...checks.errors);
    warnings.push(...checks.warnings);
  }
  for (const penalty of template.penalties) {
    if (penalty.pointsPerOccurrence <= 0) errors.push(problem('BAD_POINTS', `倒扣分项“${penalty.id}”：每次扣分必须大于0`, penalty.id));
  }

  for (const section of template.sections) {
    for (const group of section.groups) {
      const sum = groupMaximum(group);
      if (group.declaredMax !== null && group.declaredMax !== sum) {
        errors.push(
          problem(
            'GROUP_SUM',
            `评估项目“${group.id} ${group.title ?? ''}”标注${formatPoints(group.declaredMax)}分，但其评估内容合计${formatPoints(sum)}分`,
            group.id,
          ),
        );
      }
    }
    const sum = sectionMaximum(section);
    if (section.declaredMax !== sum) {
      errors.push(
        problem(
          'SECTION_SUM',
          `评估类别“${section.id} ${section.title}”标注${formatPoints(section.declaredMax)}分，但其评估内容合计${formatPoints(sum)}分`,
          section.id,
        ),
      );
    }
  }

  const maximum = templateMaximum(template);
  if (template.declaredTotal !== maximum) {
    warnings.push(
      problem(
        'DECLARED_TOTAL',
        `评估表“${template.title}”声明总分${formatPoints(template.declaredTotal)}分（${template.declaredTotalSource}），但各评估内容合计只有${formatPoints(maximum)}分：按实际满分${formatPoints(maximum)}分计分，不作折算`,
      ),
    );
  }
  if (template.passMark.points <= 0 || template.passMark.points > maximum) {
    errors.push(problem('PASS_MARK', `合格线${formatPoints(template.passMark.points)}分不在 0–${formatPoints(maximum)} 分之间`));
  }
  return { errors, warnings, template };
}
