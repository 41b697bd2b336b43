import { describe, expect, it } from 'vitest';
import { getTemplate, listTemplates, validateTemplate, type Template } from '../../../shared/domain/templates';

/** A deep copy of a built-in template to break on purpose. */
function copyOf(id: string): Template {
  return structuredClone(getTemplate(id));
}

function firstSection(template: Template) {
  const section = template.sections[0];
  if (!section) throw new Error('no section');
  return section;
}

function item(template: Template, itemId: string) {
  for (const section of template.sections) {
    for (const group of section.groups) {
      const found = group.items.find((i) => i.id === itemId);
      if (found) return found;
    }
  }
  throw new Error(`no item ${itemId}`);
}

function codes(template: unknown): string[] {
  return validateTemplate(template).errors.map((e) => e.code);
}

describe('validateTemplate', () => {
  it('accepts both built-in forms without errors', () => {
    for (const template of listTemplates()) expect(validateTemplate(template).errors).toEqual([]);
    expect(validateTemplate(getTemplate('shandong-enterprise-2024')).warnings).toEqual([]);
  });

  it('catches malformed data with a path and a Chinese message', () => {
    const broken = copyOf('shandong-enterprise-2024') as unknown as { sections: { groups: { items: { maxPoints: unknown }[] }[] }[] };
    const first = broken.sections[0]?.groups[0]?.items[0];
    if (first) first.maxPoints = '5分';
    const report = validateTemplate(broken);
    expect(report.errors[0]).toMatchObject({ code: 'MALFORMED', path: 'sections[0].groups[0].items[0].maxPoints' });
    expect(report.errors[0]?.message).toContain('类型不对');
    expect(validateTemplate(null).errors[0]?.code).toBe('MALFORMED');
    expect(validateTemplate({ id: 'x' }).errors.length).toBeGreaterThan(3);
  });

  it('catches duplicate item ids', () => {
    const template = copyOf('shandong-enterprise-2024');
    item(template, '1.2').id = '1.1';
    const report = validateTemplate(template);
    expect(report.errors.map((e) => e.code)).toContain('DUPLICATE_ID');
    expect(report.errors.find((e) => e.code === 'DUPLICATE_ID')?.message).toContain('1.1');
  });

  it('catches a tier outside the item maximum', () => {
    const template = copyOf('shandong-enterprise-2024');
    const scoring = item(template, '1.1').scoring;
    if (scoring.kind === 'tiered' && scoring.tiers[1]) scoring.tiers[1].max = 600;
    const error = validateTemplate(template).errors.find((e) => e.code === 'TIER_OUTSIDE_MAX');
    expect(error).toMatchObject({ id: '1.1' });
    expect(error?.message).toContain('第1.1项');
  });

  it('catches overlapping ratio brackets (90 included twice)', () => {
    const template = copyOf('shandong-enterprise-2024');
    const scoring = item(template, '3.5').scoring;
    if (scoring.kind === 'ratioBracket' && scoring.brackets[1]) scoring.brackets[1].to.inclusive = true;
    const error = validateTemplate(template).errors.find((e) => e.code === 'RATIO_OVERLAP');
    expect(error?.message).toMatch(/第3\.5项.*重叠/);
  });

  it('catches gapped ratio brackets (90 in neither)', () => {
    const template = copyOf('shandong-enterprise-2024');
    const scoring = item(template, '3.5').scoring;
    if (scoring.kind === 'ratioBracket' && scoring.brackets[0]) scoring.brackets[0].from.inclusive = false;
    expect(codes(template)).toContain('RATIO_GAP');
  });

  it('catches brackets that do not reach 0 %', () => {
    const template = copyOf('shandong-enterprise-2024');
    const scoring = item(template, '3.5').scoring;
    if (scoring.kind === 'ratioBracket') scoring.brackets.pop();
    expect(validateTemplate(template).errors.find((e) => e.code === 'RATIO_GAP')?.message).toContain('0%');
  });

  it('catches deductions referencing unknown unit kinds', () => {
    const template = copyOf('shanxi-renewal-2023');
    const scoring = item(template, '3.6.1').scoring;
    if (scoring.kind === 'deduction' && scoring.rules[0]) scoring.rules[0].per = '考场';
    const error = validateTemplate(template).errors.find((e) => e.code === 'UNKNOWN_UNIT');
    expect(error?.message).toContain('考场');
    expect(error?.id).toBe('3.6.1');
  });

  it('catches a group whose items do not add up to its declared maximum', () => {
    const template = copyOf('shanxi-renewal-2023');
    const group = firstSection(template).groups[0];
    if (group) group.declaredMax = 300;
    expect(validateTemplate(template).errors.find((e) => e.code === 'GROUP_SUM')?.message).toContain('基本情况');
  });

  it('catches a section whose items do not add up to its declared maximum', () => {
    const template = copyOf('shandong-enterprise-2024');
    firstSection(template).declaredMax = 2500;
    expect(codes(template)).toContain('SECTION_SUM');
  });

  it('warns (not errors) when the declared total differs from the real maximum', () => {
    const template = copyOf('shandong-enterprise-2024');
    template.declaredTotal = 12000;
    const report = validateTemplate(template);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['DECLARED_TOTAL']);
  });

  it('catches broken shared-scoring references', () => {
    const template = copyOf('shanxi-renewal-2023');
    const shared = item(template, '3.3.2');
    shared.scoring = { kind: 'shared', leadItemId: '9.9.9' };
    expect(codes(template)).toContain('BAD_REFERENCE');
  });

  it('catches a pass mark above the real maximum', () => {
    const template = copyOf('shanxi-renewal-2023');
    template.passMark.points = 9500;
    expect(codes(template)).toContain('PASS_MARK');
  });

  it('catches non-positive deduction points', () => {
    const template = copyOf('shanxi-renewal-2023');
    const scoring = item(template, '4.4.1').scoring;
    if (scoring.kind === 'deduction' && scoring.rules[0]) scoring.rules[0].points = 0;
    expect(codes(template)).toContain('BAD_POINTS');
  });
});
