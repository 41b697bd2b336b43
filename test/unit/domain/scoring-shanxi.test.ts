import { describe, expect, it } from 'vitest';
import { score, type ItemAnswer, type ScoreResult } from '../../../shared/domain/scoring';
import { allItems, getTemplate, groupMaximum, sectionMaximum, templateMaximum, validateTemplate } from '../../../shared/domain/templates';
import { answersWith } from './answers-helpers';

const template = getTemplate('shanxi-renewal-2023');

function pointsOf(result: ScoreResult, itemId: string): number | null {
  return result.items.find((i) => i.itemId === itemId)?.points ?? null;
}

function scoreItem(itemId: string, answer: ItemAnswer): number | null {
  return pointsOf(score(template, answersWith(template, { [itemId]: answer })), itemId);
}

function evaluators(own: number, total: number): number | null {
  return scoreItem('2.3.2', { units: [{ id: '职业A', own, total }] });
}

/** Exactly 60 of 92: 3.6.1 −8, 3.7.1 −10 (floored), 3.8.x −8, 3.1.2 and 3.1.3 −6. */
const exactlySixty: Record<string, ItemAnswer> = {
  '3.6.1': { deductions: { a: [{ unit: { kind: 'batch', id: 'B1' } }, { unit: { kind: 'batch', id: 'B2' } }] } },
  '3.7.1': { deductions: { a: [{ count: 4 }] } },
  '3.8.1': { deductions: { a: [{}] } },
  '3.8.2': { deductions: { a: [{}] } },
  '3.8.3': { deductions: { a: [{}] } },
  '3.1.2': { deductions: { a: [{}] } },
  '3.1.3': { deductions: { a: [{}] } },
};

describe('Shanxi / Yangquan renewal form (阳人社函〔2023〕221号 附件3)', () => {
  it('R-YQ-01 categories 5 / 12 / 60 / 15 with printed group maxima add up to 92', () => {
    expect(template.sections.map((s) => [s.title, sectionMaximum(s)])).toEqual([
      ['机构信用', 500],
      ['内部管理', 1200],
      ['评价组织实施', 6000],
      ['评价质量管理', 1500],
    ]);
    for (const section of template.sections) for (const group of section.groups) expect(groupMaximum(group)).toBe(group.declaredMax);
    expect(templateMaximum(template)).toBe(9200);
    const ids = allItems(template).map((l) => l.item.id);
    expect(ids[0]).toBe('1.1.1');
    expect(ids.at(-1)).toBe('4.4.1');
    expect(ids).toHaveLength(41);
  });

  it('R-YQ-01 the 92 vs 百分制 mismatch is a warning, not an error', () => {
    const report = validateTemplate(template);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['DECLARED_TOTAL']);
    expect(report.warnings[0]?.message).toContain('92');
  });

  it('R-YQ-01 full marks give 92 of 92, never rescaled to 100', () => {
    const result = score(template, answersWith(template, {}, { context: { filingYear: 2020 } }));
    expect(result).toMatchObject({ total: 9200, maximum: 9200, declaredTotal: 10000, complete: true });
    expect(result.maximumWarning).toContain('92');
  });

  it('R-YQ-02 0.2 per error is exact: 3 errors leave 0.4', () => {
    expect(scoreItem('3.6.2', { deductions: { a: [{ count: 3 }] } })).toBe(40);
  });

  it('R-YQ-02 扣完为止: 6 errors of 0.2 floor 3.6.2 at 0 and the trace says so', () => {
    const result = score(template, answersWith(template, { '3.6.2': { deductions: { a: [{ count: 6 }] } } }));
    const item = result.items.find((i) => i.itemId === '3.6.2');
    expect(item?.points).toBe(0);
    expect(item?.trace.at(-1)).toMatchObject({ kind: 'floor', deductedTotal: 120, statedInText: true });
  });

  it('R-YQ-02 an item without 扣完为止 is still floored at 0 (3.6.1: 3 unsealed batches)', () => {
    const units = ['B1', 'B2', 'B3'].map((id) => ({ unit: { kind: 'batch', id } }));
    const result = score(template, answersWith(template, { '3.6.1': { deductions: { a: units } } }));
    expect(pointsOf(result, '3.6.1')).toBe(0);
    expect(result.items.find((i) => i.itemId === '3.6.1')?.trace.at(-1)).toMatchObject({ kind: 'floor', statedInText: false });
  });

  it('R-YQ-02 per-batch rules count each batch once', () => {
    const answer = { deductions: { a: [{ unit: { kind: 'batch', id: 'B1' }, count: 3 }, { unit: { kind: 'batch', id: 'B1' } }] } };
    expect(scoreItem('4.1.1', answer)).toBe(100);
  });

  it('R-YQ-02 per-occupation rules: 3 and 2 points per occupation (题库)', () => {
    const answer = {
      deductions: {
        a: [{ unit: { kind: 'occupation', id: 'A' } }],
        b: [{ unit: { kind: 'occupation', id: 'B' } }, { unit: { kind: 'occupation', id: 'C' } }],
      },
    };
    expect(scoreItem('3.7.1', answer)).toBe(300);
  });

  it('R-YQ-02 a finding deducts once however often recorded (3.4.1 1.5 + 1.5)', () => {
    expect(scoreItem('3.4.1', { deductions: { a: [{ count: 2 }, {}] } })).toBe(150);
    expect(scoreItem('3.4.1', { deductions: { a: [{}], b: [{}] } })).toBe(0);
  });

  it('R-YQ-02 per missing element: 0.5 per missing post, 4 posts floor 2.1.1 at 0', () => {
    expect(scoreItem('2.1.1', { deductions: { a: [{ count: 3 }] } })).toBe(50);
    expect(scoreItem('2.1.1', { deductions: { a: [{ count: 5 }] } })).toBe(0);
  });

  it('R-YQ-02 five 0.4 finance rows add to exactly 2 and deduct exactly', () => {
    const result = score(template, answersWith(template, { '2.2.3': { deductions: { a: [{}] } } }));
    expect(result.groups.find((g) => g.id === '2.2')).toMatchObject({ points: 160, maxPoints: 200 });
  });

  it('R-YQ-02 申报条件审查 3.3.1 + 3.3.2 share one rule set: deductions shown per row', () => {
    const result = score(template, answersWith(template, { '3.3.1': { deductions: { a: [{ count: 1 }], b: [{}] } } }));
    expect([pointsOf(result, '3.3.1'), pointsOf(result, '3.3.2')]).toEqual([200, 100]);
  });

  it('R-YQ-02 申报条件审查 floors the pair together: 4 ineligible candidates spill onto 3.3.2', () => {
    const result = score(template, answersWith(template, { '3.3.1': { deductions: { a: [{ count: 4 }] } } }));
    expect([pointsOf(result, '3.3.1'), pointsOf(result, '3.3.2')]).toEqual([0, 100]);
    const floored = score(template, answersWith(template, { '3.3.1': { deductions: { a: [{ count: 6 }], c: [{}] } } }));
    expect([pointsOf(floored, '3.3.1'), pointsOf(floored, '3.3.2')]).toEqual([0, 0]);
    expect(floored.groups.find((g) => g.id === '3.3')?.points).toBe(0);
  });

  it('R-YQ-02 the shared row 3.3.2 takes no deductions of its own', () => {
    expect(() => score(template, answersWith(template, { '3.3.2': { deductions: {} } }))).toThrow(/第3\.3\.2项.*3\.3\.1/);
  });

  it('R-YQ-03 own evaluators exactly 2/3 (4/6) deduct nothing', () => expect(evaluators(4, 6)).toBe(500));
  it('R-YQ-03 own evaluators below 2/3 (3/5) deduct 0.5', () => expect(evaluators(3, 5)).toBe(450));
  it('R-YQ-03 own evaluators exactly 1/3 (2/6) deduct 0.5', () => expect(evaluators(2, 6)).toBe(450));
  it('R-YQ-03 own evaluators below 1/3 (1/4) deduct 1', () => expect(evaluators(1, 4)).toBe(400));
  it('R-YQ-03 no own evaluators deduct 1.5', () => expect(evaluators(0, 3)).toBe(350));
  it('R-YQ-03 all own evaluators deduct nothing', () => expect(evaluators(5, 5)).toBe(500));

  it('R-YQ-03 deducts per occupation evaluated and floors at 0', () => {
    const units = ['A', 'B', 'C', 'D'].map((id) => ({ id, own: 0, total: 2 }));
    expect(scoreItem('2.3.2', { units: units.slice(0, 3) })).toBe(50);
    expect(scoreItem('2.3.2', { units })).toBe(0);
  });

  it('R-YQ-03 more own than total evaluators is an invalid answer', () => {
    expect(() => evaluators(3, 2)).toThrow(/第2\.3\.2项/);
  });

  it('R-YQ-04 exactly 60 passes (六十分以上为合格)', () => {
    const result = score(template, answersWith(template, exactlySixty, { context: { filingYear: 2020 } }));
    expect(result.total).toBe(6000);
    expect(result.passed).toBe(true);
    expect(result.passMark.points).toBe(6000);
  });

  it('R-YQ-04 59.8 fails', () => {
    const result = score(
      template,
      answersWith(template, { ...exactlySixty, '3.6.2': { deductions: { a: [{}] } } }, { context: { filingYear: 2020 } }),
    );
    expect(result.total).toBe(5980);
    expect(result.passed).toBe(false);
  });

  it('R-YQ-04 the pass mark is fixed by the notice and cannot be overridden', () => {
    expect(() => score(template, answersWith(template), { passMark: 5520 })).toThrow(/不能修改/);
  });

  it('R-YQ-05 a failing score terminates the filing (§四(一)7)', () => {
    const result = score(template, answersWith(template, { ...exactlySixty, '3.6.2': { deductions: { a: [{}] } } }));
    expect(result.outcome).toMatchObject({ category: 'terminate', label: '终止备案', ruleId: 'R-YQ-05' });
    expect(result.outcome.source).toContain('§四(一)7');
  });

  it('R-YQ-05 a direct-fail finding (§四(一)5 有组织舞弊) terminates a full-score institution', () => {
    const answers = answersWith(template, {}, { context: { filingYear: 2021 } });
    const result = score(template, { ...answers, vetoes: { ...answers.vetoes, '四(一)5': { answer: '是' } } });
    expect(result.total).toBe(9200);
    expect(result.passed).toBe(false);
    expect(result.outcome).toMatchObject({ category: 'terminate', ruleId: 'R-YQ-05' });
  });

  it('R-YQ-05 two consecutive idle years (context) terminate whatever the score', () => {
    const result = score(template, answersWith(template, {}, { context: { noEvaluationTwoConsecutiveYears: true } }));
    expect(result.outcome).toMatchObject({ category: 'terminate', ruleId: 'R-YQ-05' });
    expect(result.outcome.source).toContain('§四(一)1');
  });

  it('R-YQ-06 audit findings not rectified: 2020 filing is deferred with 2 months to rectify', () => {
    const result = score(template, answersWith(template, {}, { context: { filingYear: 2020, auditFindingsNotRectified: true } }));
    expect(result.outcome).toMatchObject({ category: 'defer', label: '暂时不予延续备案', ruleId: 'R-YQ-06', track: 'renewal' });
    expect(result.outcome.reason).toContain('2个月');
  });

  it('R-YQ-06 legal registration expired: 2021 filing suspends evaluation', () => {
    const result = score(template, answersWith(template, {}, { context: { filingYear: 2021, legalRegistrationInvalid: true } }));
    expect(result.outcome).toMatchObject({ category: 'suspend', label: '暂停评价活动', ruleId: 'R-YQ-06' });
  });

  it('R-YQ-06 without a filing year the category stays undetermined but names the rule', () => {
    const result = score(template, answersWith(template, {}, { context: { resultBelowStandard: true } }));
    expect(result.outcome).toMatchObject({ category: 'undetermined', ruleId: 'R-YQ-06' });
    expect(result.outcome.reason).toContain('备案年度');
  });

  it('R-YQ-06 termination outranks rectification', () => {
    const result = score(
      template,
      answersWith(template, {}, { context: { filingYear: 2020, auditFindingsNotRectified: true, noEvaluationTwoConsecutiveYears: true } }),
    );
    expect(result.outcome.category).toBe('terminate');
    expect(result.outcome.matched.map((m) => m.ruleId)).toEqual(['R-YQ-05', 'R-YQ-06']);
  });

  it('R-YQ-07 a passing 2020 filing is renewed (同意延续备案)', () => {
    const result = score(template, answersWith(template, {}, { context: { filingYear: 2020 } }));
    expect(result.outcome).toMatchObject({ category: 'renew', label: '同意延续备案', ruleId: 'R-YQ-07' });
  });

  it('R-YQ-07 a passing 2021 filing continues (正常评价)', () => {
    const result = score(template, answersWith(template, {}, { context: { filingYear: 2021 } }));
    expect(result.outcome).toMatchObject({ category: 'normal', label: '正常评价', ruleId: 'R-YQ-07' });
  });

  it('R-YQ-07 opinionTrack overrides a filing year outside 附件4', () => {
    const result = score(template, answersWith(template, {}, { context: { filingYear: 2022, opinionTrack: 'ongoing' } }));
    expect(result.outcome.category).toBe('normal');
    const unknownYear = score(template, answersWith(template, {}, { context: { filingYear: 2022 } }));
    expect(unknownYear.outcome.category).toBe('undetermined');
  });
});
