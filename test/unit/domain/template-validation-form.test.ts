import { describe, expect, it } from 'vitest';
import { getTemplate, listTemplates, validateTemplate, type Item, type Problem, type Template } from '../../../shared/domain/templates';
import { errorText } from '../../../shared/errors';
import { resolvesIn } from './template-locator';

// Every problem a clerk can make in a form: each found, located (`at`) and worded through the registry.

function copyOf(id: 'shandong-enterprise-2024' | 'shanxi-renewal-2023'): Template {
  return structuredClone(getTemplate(id));
}

function item(template: Template, itemId: string): Item {
  for (const section of template.sections) {
    for (const group of section.groups) {
      const found = group.items.find((i) => i.id === itemId);
      if (found) return found;
    }
  }
  throw new Error(`no item ${itemId}`);
}

/** The problems of a template, each checked to be worded by its registry code and located inside the template. */
function report(template: Template): { errors: Problem[]; warnings: Problem[] } {
  const { errors, warnings } = validateTemplate(template);
  for (const found of [...errors, ...warnings]) {
    expect(found.reason, found.message).toBeDefined();
    expect(found.message).toBe(errorText(found.reason ?? '', found.params));
    expect(errorText(found.reason ?? '', found.params, 'en')).not.toMatch(/^Error /);
    if (found.at !== undefined) expect(resolvesIn(template, found.at), `${found.at}: ${found.message}`).toBe(true);
  }
  return { errors, warnings };
}

function errorsOf(template: Template, reason: string): Problem[] {
  return report(template).errors.filter((e) => e.reason === reason);
}

function warningsOf(template: Template, reason: string): Problem[] {
  return report(template).warnings.filter((w) => w.reason === reason);
}

describe('validateTemplate: built-in forms', () => {
  it('R-YQ-01 gives the built-ins only the 92 ≠ 100 warning, located at the declared total', () => {
    expect(report(copyOf('shandong-enterprise-2024'))).toEqual({ errors: [], warnings: [] });
    const { errors, warnings } = report(copyOf('shanxi-renewal-2023'));
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'DECLARED_TOTAL', reason: 'FORM_DECLARED_TOTAL', at: 'form:declaredTotal' });
    expect(warnings[0]?.message).toContain('92 ≠ 100');
    expect(errorText('FORM_DECLARED_TOTAL', warnings[0]?.params, 'en')).toContain('92 ≠ 100');
    expect(listTemplates()).toHaveLength(2);
  });

  it('locates malformed data at the item field the path names', () => {
    const broken = copyOf('shandong-enterprise-2024') as unknown as { sections: { groups: { items: { maxPoints: unknown }[] }[] }[] };
    const first = broken.sections[0]?.groups[0]?.items[0];
    if (first) first.maxPoints = '5分';
    const [error] = validateTemplate(broken).errors;
    expect(error).toMatchObject({ code: 'MALFORMED', reason: 'FORM_MALFORMED', at: 'item:1.1:maxPoints' });
    expect(errorText('FORM_MALFORMED', error?.params, 'en')).toBe(
      'The form data is malformed: sections[0].groups[0].items[0].maxPoints has the wrong type (expected number)',
    );
  });

  it('words a malformed form as a whole without a path', () => {
    const [error] = validateTemplate({ ...getTemplate('shandong-enterprise-2024'), extra: 1 }).errors;
    expect(error).toMatchObject({ code: 'MALFORMED', reason: 'FORM_MALFORMED_WHOLE' });
    expect(error?.at).toBeUndefined();
    expect(errorText('FORM_MALFORMED_WHOLE', error?.params, 'en')).toBe('The form data is malformed: it has unknown fields: extra');
  });

  it('reports every malformed field, not only the first ten', () => {
    const broken = copyOf('shanxi-renewal-2023') as unknown as { vetoes: { text: unknown }[] };
    for (const veto of broken.vetoes) veto.text = 1;
    const template = broken as unknown as { penalties: unknown[] };
    template.penalties = Array.from({ length: 8 }, () => ({ id: 'x' }));
    const errors = validateTemplate(broken).errors;
    expect(errors.length).toBeGreaterThan(10);
    expect(errors.find((e) => e.path === 'vetoes[0].text')?.at).toBe('veto:四(一)2');
  });
});

describe('validateTemplate: items', () => {
  it('names an unknown deduction unit at the rule, and at the item for a per-unit ratio', () => {
    const template = copyOf('shanxi-renewal-2023');
    const scoring = item(template, '3.6.1').scoring;
    if (scoring.kind === 'deduction' && scoring.rules[0]) scoring.rules[0].per = '考场';
    const ratio = item(template, '2.3.2').scoring;
    if (ratio.kind === 'unitRatioDeduction') ratio.unit = '人';
    expect(errorsOf(template, 'FORM_UNKNOWN_UNIT')).toMatchObject([{ code: 'UNKNOWN_UNIT', at: 'rule:3.6.1/a' }]);
    expect(errorsOf(template, 'FORM_UNIT_RATIO_UNKNOWN_UNIT')).toMatchObject([{ at: 'item:2.3.2' }]);
  });

  it('names a tier above the item maximum and a tier whose bounds are reversed', () => {
    const template = copyOf('shandong-enterprise-2024');
    const scoring = item(template, '1.1').scoring;
    if (scoring.kind !== 'tiered' || !scoring.tiers[1] || !scoring.tiers[2]) throw new Error('1.1 is tiered');
    scoring.tiers[1].max = 600;
    scoring.tiers[2].min = 100;
    expect(errorsOf(template, 'FORM_TIER_OUTSIDE_MAX')).toMatchObject([{ code: 'TIER_OUTSIDE_MAX', at: 'tier:1.1/2' }]);
    const [reversed] = errorsOf(template, 'FORM_TIER_REVERSED');
    expect(reversed).toMatchObject({ code: 'TIER_OUTSIDE_MAX', at: 'tier:1.1/3' });
    expect(reversed?.message).toBe('第1.1项：档次“3”的下限1分高于上限0分');
  });

  it('warns when no tier gives full marks', () => {
    const template = copyOf('shandong-enterprise-2024');
    const scoring = item(template, '1.1').scoring;
    if (scoring.kind === 'tiered' && scoring.tiers[0]) scoring.tiers[0] = { ...scoring.tiers[0], min: 400, max: 400 };
    expect(warningsOf(template, 'FORM_NO_FULL_MARKS')).toMatchObject([{ code: 'NO_FULL_MARKS', at: 'item:1.1' }]);
    expect(report(template).errors).toEqual([]);
  });

  it('R-SD-02 names bracket gaps, overlaps and bounds outside 0–100 % at the bracket', () => {
    const gap = copyOf('shandong-enterprise-2024');
    const gapped = item(gap, '3.5').scoring;
    if (gapped.kind !== 'ratioBracket' || !gapped.brackets[0]) throw new Error('3.5 has brackets');
    gapped.brackets[0].from.inclusive = false;
    const [gapError] = errorsOf(gap, 'FORM_BRACKETS_GAP');
    expect(gapError).toMatchObject({ code: 'RATIO_GAP', at: `bracket:3.5/${gapped.brackets[0].id}` });
    expect(gapError?.message).toMatch(/<90% \/ >90%/);

    const overlap = copyOf('shandong-enterprise-2024');
    const overlapping = item(overlap, '3.5').scoring;
    if (overlapping.kind === 'ratioBracket' && overlapping.brackets[1]) overlapping.brackets[1].to.inclusive = true;
    expect(errorsOf(overlap, 'FORM_BRACKETS_OVERLAP')).toMatchObject([{ code: 'RATIO_OVERLAP' }]);

    const outside = copyOf('shandong-enterprise-2024');
    const wide = item(outside, '3.5').scoring;
    if (wide.kind === 'ratioBracket' && wide.brackets[0]) wide.brackets[0].to.percent = 120;
    expect(errorsOf(outside, 'FORM_BRACKET_RANGE')).toMatchObject([
      { code: 'RATIO_RANGE', at: `bracket:3.5/${wide.kind === 'ratioBracket' ? wide.brackets[0]?.id : ''}` },
    ]);
    expect(errorsOf(outside, 'FORM_BRACKETS_MISS_HUNDRED')).toHaveLength(1);
  });

  it('R-YQ-03 names a per-unit tier an earlier tier always takes first', () => {
    const template = copyOf('shanxi-renewal-2023');
    const scoring = item(template, '2.3.2').scoring;
    if (scoring.kind !== 'unitRatioDeduction') throw new Error('2.3.2 is per unit');
    scoring.tiers.reverse();
    const errors = errorsOf(template, 'FORM_UNIT_TIER_UNREACHABLE');
    expect(errors.map((e) => [e.at, e.params?.['earlierTier']])).toEqual([
      ['unitTier:2.3.2/below-1/3', 'below-2/3'],
      ['unitTier:2.3.2/none', 'below-2/3'],
    ]);
  });

  it('names a shared lead, a shared row and a rule attribution pointing to a missing item', () => {
    const template = copyOf('shanxi-renewal-2023');
    item(template, '3.3.2').scoring = { kind: 'shared', leadItemId: '9.9.9' };
    const lead = item(template, '3.3.1').scoring;
    if (lead.kind !== 'deduction' || !lead.rules[0]) throw new Error('3.3.1 is a deduction');
    lead.rules[0].attributedItemId = '9.9.8';
    lead.sharedWithItemIds.push('9.9.7');
    expect(errorsOf(template, 'FORM_LEAD_MISSING')).toMatchObject([{ code: 'BAD_REFERENCE', at: 'item:3.3.2', params: { target: '9.9.9' } }]);
    expect(errorsOf(template, 'FORM_ATTRIBUTED_NOT_SHARED')).toMatchObject([{ at: 'rule:3.3.1/a', params: { target: '9.9.8' } }]);
    expect(errorsOf(template, 'FORM_SHARED_MISSING')).toMatchObject([{ at: 'item:3.3.1', params: { target: '9.9.7' } }]);
    expect(errorsOf(template, 'FORM_SHARED_NOT_BACK')).toMatchObject([{ params: { target: '3.3.2' } }]);
  });
});

describe('validateTemplate: duplicate ids', () => {
  it('names each duplicate at its repeat: sections, groups, items, penalties, vetoes, facts', () => {
    const template = copyOf('shanxi-renewal-2023');
    const [s0, s1] = template.sections;
    if (!s0 || !s1 || !s0.groups[0] || !s0.groups[1]) throw new Error('shape');
    s1.id = s0.id;
    s0.groups[1].id = s0.groups[0].id;
    item(template, '1.2.1').id = '1.1.1';
    template.penalties.push(
      { id: 'p', content: 'x', scoringRule: 'x', pointsPerOccurrence: 100 },
      { id: 'p', content: 'y', scoringRule: 'y', pointsPerOccurrence: 100 },
    );
    template.vetoes.push({ ...template.vetoes[0]! });
    template.contextFacts.push({ ...template.contextFacts[0]! });
    const ats = errorsOf(template, 'FORM_DUPLICATE_ID').map((e) => e.at);
    expect(ats).toEqual([
      `section:${s0.id}`,
      `group:${s0.groups[0].id}`,
      'item:1.1.1',
      'penalty:p',
      'veto:四(一)2',
      'fact:noEvaluationTwoConsecutiveYears',
    ]);
    expect(errorsOf(template, 'FORM_DUPLICATE_ID')[0]?.message).toBe(`评估类别编号“${s0.id}”重复`);
  });

  it('names duplicate tiers, rules, brackets and unit tiers within their item', () => {
    const template = copyOf('shanxi-renewal-2023');
    const rules = item(template, '3.3.1').scoring;
    if (rules.kind === 'deduction' && rules.rules[1]) rules.rules[1].id = 'a';
    const tiers = item(template, '2.3.2').scoring;
    if (tiers.kind === 'unitRatioDeduction' && tiers.tiers[1]) tiers.tiers[1].id = 'none';
    const shandong = copyOf('shandong-enterprise-2024');
    const tiered = item(shandong, '1.1').scoring;
    if (tiered.kind === 'tiered' && tiered.tiers[1]) tiered.tiers[1].id = '1';
    const brackets = item(shandong, '3.5').scoring;
    if (brackets.kind === 'ratioBracket' && brackets.brackets[0] && brackets.brackets[1]) brackets.brackets[1].id = brackets.brackets[0].id;
    expect(errorsOf(template, 'FORM_DUPLICATE_IN_ITEM').map((e) => e.at)).toEqual(['unitTier:2.3.2/none', 'rule:3.3.1/a']);
    const inShandong = errorsOf(shandong, 'FORM_DUPLICATE_IN_ITEM');
    expect(inShandong.map((e) => [e.code, e.id, e.at?.split(':')[0]])).toEqual([
      ['DUPLICATE_ID', '1.1', 'tier'],
      ['DUPLICATE_ID', '3.5', 'bracket'],
    ]);
    expect(inShandong[0]?.message).toBe('第1.1项的档次编号“1”重复');
  });
});

describe('validateTemplate: sums, total and pass mark', () => {
  it('names a group and a section whose items do not add up', () => {
    const template = copyOf('shanxi-renewal-2023');
    const section = template.sections[0];
    const group = section?.groups[0];
    if (!section || !group) throw new Error('shape');
    group.declaredMax = 300;
    section.declaredMax = 900;
    expect(errorsOf(template, 'FORM_GROUP_SUM')).toMatchObject([{ code: 'GROUP_SUM', at: `group:${group.id}` }]);
    expect(errorsOf(template, 'FORM_SECTION_SUM')).toMatchObject([{ code: 'SECTION_SUM', at: `section:${section.id}` }]);
  });

  it('words a declared total other than the real maximum with both numbers, either way round', () => {
    const template = copyOf('shandong-enterprise-2024');
    template.declaredTotal = 12000;
    const [warning] = warningsOf(template, 'FORM_DECLARED_TOTAL');
    expect(warning?.message).toContain('100 ≠ 120');
  });

  it('names a pass mark outside 0..maximum', () => {
    for (const points of [0, 9500]) {
      const template = copyOf('shanxi-renewal-2023');
      template.passMark.points = points;
      expect(errorsOf(template, 'FORM_PASS_MARK')).toMatchObject([{ code: 'PASS_MARK', at: 'form:passMark' }]);
    }
  });
});

describe('validateTemplate: outcome', () => {
  it('names an outcome rule reading a fact the form does not list', () => {
    const template = copyOf('shanxi-renewal-2023');
    template.contextFacts = template.contextFacts.filter((f) => f.id !== 'noEvaluationTwoConsecutiveYears');
    const [error] = errorsOf(template, 'FORM_FACT_UNKNOWN');
    expect(error).toMatchObject({ code: 'BAD_REFERENCE', at: 'outcome:0', params: { fact: 'noEvaluationTwoConsecutiveYears' } });
    expect(error?.message).toContain('结果规则第1条（R-YQ-05）');
  });

  it('warns about a fact no rule reads, and names a fact taking a reserved key', () => {
    const template = copyOf('shanxi-renewal-2023');
    template.contextFacts.push({ id: 'unread', label: '未读取', source: 'x' }, { id: 'filingYear', label: '备案年度', source: 'x' });
    expect(warningsOf(template, 'FORM_FACT_UNUSED').map((w) => w.at)).toEqual(['fact:unread', 'fact:filingYear']);
    expect(errorsOf(template, 'FORM_FACT_RESERVED')).toMatchObject([{ code: 'DUPLICATE_ID', at: 'fact:filingYear' }]);
  });

  it('names a decided category without a label (error) and warns about a label nothing decides', () => {
    const template = copyOf('shandong-enterprise-2024');
    delete template.outcome.labels.fail;
    template.outcome.labels.terminate = '终止备案';
    expect(errorsOf(template, 'FORM_LABEL_MISSING')).toMatchObject([{ code: 'BAD_REFERENCE', at: 'outcome:0', params: { category: 'fail' } }]);
    expect(warningsOf(template, 'FORM_LABEL_UNUSED')).toMatchObject([{ at: 'label:terminate' }]);
  });

  it('warns when two outcomes print the same label', () => {
    const template = copyOf('shanxi-renewal-2023');
    template.outcome.labels.normal = template.outcome.labels.renew ?? '';
    expect(warningsOf(template, 'FORM_LABEL_TWICE')).toMatchObject([{ code: 'DUPLICATE_ID', at: 'label:normal', params: { first: 'renew' } }]);
  });

  it('names rules that can never apply: after always, same condition, per track without tracks, anyVeto without vetoes', () => {
    const template = copyOf('shandong-enterprise-2024');
    const [veto, below, always] = template.outcome.rules;
    if (!veto || !below || !always) throw new Error('shape');
    template.outcome.rules = [below, { ...below }, { ...veto, category: { renewal: 'fail', ongoing: 'fail' } }, always, { ...always }];
    const causes = errorsOf(template, 'FORM_RULE_UNREACHABLE').map((e) => [e.at, e.params?.['cause']]);
    expect(causes).toEqual([
      ['outcome:1', 'FORM_UNREACHABLE_SAME_CONDITION'],
      ['outcome:2', 'FORM_UNREACHABLE_NO_TRACKS'],
      ['outcome:4', 'FORM_UNREACHABLE_AFTER_ALWAYS'],
    ]);
    expect(errorsOf(template, 'FORM_RULE_UNREACHABLE')[0]?.message).toBe(
      '结果规则第2条（R-SD-05）永远不会生效：条件与第1条规则相同，总是由第1条先判定',
    );

    const noVetoes = copyOf('shandong-enterprise-2024');
    noVetoes.vetoes = [];
    noVetoes.autoFindings = [];
    expect(errorsOf(noVetoes, 'FORM_RULE_UNREACHABLE')).toMatchObject([{ at: 'outcome:0', params: { cause: 'FORM_UNREACHABLE_NO_VETOES' } }]);
  });

  it('warns when no rule always decides (the outcome may stay 暂无法判定)', () => {
    const template = copyOf('shandong-enterprise-2024');
    template.outcome.rules.pop();
    expect(warningsOf(template, 'FORM_NO_DEFAULT_RULE')).toMatchObject([{ code: 'OUTCOME_RULE', at: 'form:outcome' }]);
    expect(report(template).errors).toEqual([]);
  });

  it('warns about rectification on a passing result', () => {
    const template = copyOf('shanxi-renewal-2023');
    const last = template.outcome.rules.at(-1);
    if (last) last.rectification = { unit: 'months', count: 2 };
    expect(warningsOf(template, 'FORM_RECTIFICATION_ON_PASS')).toMatchObject([{ at: 'outcome:6', params: { category: 'renew' } }]);
  });
});

describe('validateTemplate: sampling, findings, layout', () => {
  it('names sampling entries with a missing item, an item twice and a rule twice', () => {
    const template = copyOf('shanxi-renewal-2023');
    const [first, second] = template.sampling;
    if (!first || !second) throw new Error('shape');
    first.itemIds.push('9.9.9', '3.1.3');
    second.itemIds.push('3.3.1');
    template.sampling.push({ rule: 'R-SM-02', itemIds: [] });
    expect(errorsOf(template, 'FORM_SAMPLING_UNKNOWN_ITEM')).toMatchObject([{ code: 'BAD_REFERENCE', at: 'sampling:0' }]);
    expect(errorsOf(template, 'FORM_SAMPLING_ITEM_REPEATED')).toMatchObject([{ at: 'sampling:0', params: { itemId: '3.1.3' } }]);
    const [twice] = errorsOf(template, 'FORM_SAMPLING_ITEM_TWICE');
    expect(twice).toMatchObject({ code: 'DUPLICATE_ID', at: 'sampling:1' });
    expect(twice?.message).toBe('评估内容“3.3.1”同时列在抽样计划第1条（R-SM-01）和第2条（R-SM-02）中');
    expect(errorsOf(template, 'FORM_SAMPLING_RULE_TWICE')).toMatchObject([{ at: 'sampling:4', params: { first: 2, position: 5 } }]);
  });

  it('names findings pointing to a missing item, a non-deduction item, a missing rule or veto, or listed twice', () => {
    const template = copyOf('shanxi-renewal-2023');
    template.autoFindings = [
      { finding: 'planLate', target: { kind: 'deduction', itemId: '9.9.9', ruleId: 'a' } },
      { finding: 'publicityShort', target: { kind: 'deduction', itemId: '2.3.2', ruleId: 'a' } },
      { finding: 'outOfScope', target: { kind: 'deduction', itemId: '3.1.3', ruleId: 'z' } },
      { finding: 'outOfScope', target: { kind: 'veto', vetoId: '四(一)9' } },
    ];
    const reasons = report(template).errors.map((e) => [e.reason, e.at]);
    expect(reasons).toEqual([
      ['FORM_FINDING_UNKNOWN_ITEM', 'finding:0'],
      ['FORM_FINDING_NOT_DEDUCTION', 'finding:1'],
      ['FORM_FINDING_UNKNOWN_RULE', 'finding:2'],
      ['FORM_FINDING_UNKNOWN_VETO', 'finding:3'],
      ['FORM_FINDING_TWICE', 'finding:3'],
    ]);
  });

  it('names a column key used twice, column groups not spanning the columns, and a missing inspector column', () => {
    const template = copyOf('shandong-enterprise-2024');
    const columns = template.layout.columns;
    template.layout.columns = [...columns.filter((c) => c.key !== 'inspectorScore'), { key: 'content', label: '内容' }];
    template.layout.columnGroups.push({ label: '备注', span: 1 });
    expect(errorsOf(template, 'FORM_COLUMN_TWICE')).toMatchObject([{ code: 'DUPLICATE_ID', at: 'column:5', params: { first: 2, position: 6 } }]);
    expect(errorsOf(template, 'FORM_COLUMN_GROUP_SPANS')).toMatchObject([{ code: 'LAYOUT', at: 'columnGroup:3', params: { spans: 7, columns: 6 } }]);
    expect(errorsOf(template, 'FORM_NO_INSPECTOR_COLUMN')).toMatchObject([{ code: 'LAYOUT', at: 'form:layout' }]);
  });
});
