import { describe, expect, it } from 'vitest';
import { score } from '../../../shared/domain/scoring';
import { allItems, getTemplate, sectionMaximum, templateMaximum } from '../../../shared/domain/templates';
import { answersWith } from './answers-helpers';

const template = getTemplate('shandong-enterprise-2024');

function ratioPoints(issued: number, uploaded: number): number | null {
  return score(template, answersWith(template, { '3.5': { issued, uploaded } })).items.find((i) => i.itemId === '3.5')?.points ?? null;
}

describe('Shandong enterprise form (鲁人社函〔2024〕62号 附件2)', () => {
  it('R-SD-01 has 4 sections of 20 + 25 + 35 + 20 = 100 and items 1.1–4.4 as printed', () => {
    expect(template.sections.map(sectionMaximum)).toEqual([2000, 2500, 3500, 2000]);
    expect(templateMaximum(template)).toBe(10000);
    expect(allItems(template).map((l) => l.item.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
    ]);
    expect(template.layout.columns.map((c) => c.label)).toEqual(['项目', '内容', '评估得分取值', '最高得分', '自评得分', '核查得分']);
  });

  it('R-SD-01 tiers 5 / 1–4 / 0: full tier, a point inside the range, zero tier', () => {
    const result = score(template, answersWith(template, { '1.1': { tier: '1' }, '1.2': { tier: '2', points: 2.5 }, '1.3': { tier: '3' } }));
    const points = Object.fromEntries(result.items.map((i) => [i.itemId, i.points]));
    expect([points['1.1'], points['1.2'], points['1.3']]).toEqual([500, 250, 0]);
  });

  it('R-SD-01 all full tiers give 100 and self-scores are compared per item', () => {
    const result = score(template, answersWith(template, { '1.1': { tier: '2', points: 4, selfScore: 5 } }));
    expect(result.total).toBe(9900);
    const item = result.items.find((i) => i.itemId === '1.1');
    expect(item?.selfScore).toBe(500);
    expect(item?.difference).toBe(-100);
  });

  it('R-SD-02 100 % (10/10) scores 7', () => expect(ratioPoints(10, 10)).toBe(700));
  it('R-SD-02 90 % exactly (9/10) scores 7', () => expect(ratioPoints(10, 9)).toBe(700));
  it('R-SD-02 90 % exactly (900/1000) scores 7', () => expect(ratioPoints(1000, 900)).toBe(700));
  it('R-SD-02 89.9 % (899/1000) scores 5: 90 excluded from the 80–90 bracket', () => expect(ratioPoints(1000, 899)).toBe(500));
  it('R-SD-02 89.99 % (8999/10000) scores 5', () => expect(ratioPoints(10000, 8999)).toBe(500));
  it('R-SD-02 80 % exactly (8/10) scores 5', () => expect(ratioPoints(10, 8)).toBe(500));
  it('R-SD-02 79.9 % (799/1000) scores 3', () => expect(ratioPoints(1000, 799)).toBe(300));
  it('R-SD-02 70 % exactly (7/10) scores 3', () => expect(ratioPoints(10, 7)).toBe(300));
  it('R-SD-02 69.9 % (699/1000) scores 1', () => expect(ratioPoints(1000, 699)).toBe(100));
  it('R-SD-02 60 % exactly (6/10) scores 1', () => expect(ratioPoints(10, 6)).toBe(100));
  it('R-SD-02 59.9 % (599/1000) scores 0', () => expect(ratioPoints(1000, 599)).toBe(0));
  it('R-SD-02 2/3 (66.67 %) scores 1 without rounding', () => expect(ratioPoints(3, 2)).toBe(100));
  it('R-SD-02 none uploaded (0/5) scores 0', () => expect(ratioPoints(5, 0)).toBe(0));

  it('R-SD-02 zero issued is an explicit cannot-compute state, never NaN', () => {
    const result = score(template, answersWith(template, { '3.5': { issued: 0, uploaded: 0 } }));
    const item = result.items.find((i) => i.itemId === '3.5');
    expect(item?.status).toBe('cannotCompute');
    expect(item?.points).toBeNull();
    expect(item?.reason).toContain('已发证人次为0');
    expect(result.complete).toBe(false);
    expect(result.cannotCompute).toEqual([{ itemId: '3.5', reason: expect.any(String) }]);
    expect(result.outcome.category).toBe('undetermined');
    expect(Number.isNaN(result.total)).toBe(false);
  });

  it('R-SD-02 more uploaded than issued is an invalid answer naming 3.5', () => {
    expect(() => score(template, answersWith(template, { '3.5': { issued: 5, uploaded: 6 } }))).toThrow(/第3\.5项/);
  });

  it('R-SD-02 keeps the reasons for not uploading in the trace', () => {
    const result = score(template, answersWith(template, { '3.5': { issued: 10, uploaded: 8, notUploadedReasons: ['未满 16 周岁'] } }));
    expect(result.items.find((i) => i.itemId === '3.5')?.trace[0]?.message).toContain('未满 16 周岁');
  });

  it('R-SD-03 each verified improper entrusted evaluation deducts 10 outside the items', () => {
    const result = score(template, answersWith(template, {}, { penalties: { '5': [{ count: 2, note: '两次' }, { note: '一次' }] } }));
    expect(result.itemsTotal).toBe(10000);
    expect(result.penaltyTotal).toBe(3000);
    expect(result.total).toBe(7000);
    expect(result.penalties[0]?.count).toBe(3);
  });

  it('R-SD-03 penalties can push the total below the pass mark', () => {
    const result = score(template, answersWith(template, {}, { penalties: { '5': [{ count: 5 }] } }));
    expect(result.total).toBe(5000);
    expect(result.passed).toBe(false);
    expect(result.outcome.category).toBe('fail');
  });

  for (const vetoId of ['6.1', '6.2', '6.3', '6.4', '6.5']) {
    it(`R-SD-04 veto ${vetoId} "是" fails a 100-point enterprise`, () => {
      const answers = answersWith(template);
      const result = score(template, { ...answers, vetoes: { ...answers.vetoes, [vetoId]: { answer: '是', note: '经核实' } } });
      expect(result.total).toBe(10000);
      expect(result.passed).toBe(false);
      expect(result.outcome).toMatchObject({ category: 'fail', label: '不合格', ruleId: 'R-SD-04' });
    });
  }

  it('R-SD-04 a veto decides even while items are unanswered', () => {
    const result = score(template, { templateId: template.id, items: {}, vetoes: { '6.4': { answer: '是' } } });
    expect(result.complete).toBe(false);
    expect(result.passed).toBe(false);
    expect(result.outcome.ruleId).toBe('R-SD-04');
  });

  it('R-SD-04 unanswered vetoes leave the outcome undetermined', () => {
    const result = score(template, { ...answersWith(template), vetoes: {} });
    expect(result.unansweredVetoes).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
    expect(result.complete).toBe(false);
    expect(result.outcome.category).toBe('undetermined');
  });

  it('R-SD-05 default pass mark 60 is a stated setting and 60 exactly passes', () => {
    const result = score(template, answersWith(template, {}, { penalties: { '5': [{ count: 4 }] } }));
    expect(result.total).toBe(6000);
    expect(result.passMark).toMatchObject({ points: 6000, overridden: false });
    expect(result.passMark.source).toContain('可配置');
    expect(result.passed).toBe(true);
    expect(result.outcome).toMatchObject({ category: 'pass', ruleId: 'R-SD-05' });
  });

  it('R-SD-05 a configured pass mark is used and stated in the result', () => {
    const result = score(template, answersWith(template, {}, { penalties: { '5': [{ count: 3 }] } }), { passMark: 8000 });
    expect(result.total).toBe(7000);
    expect(result.passMark).toMatchObject({ points: 8000, overridden: true });
    expect(result.passMark.source).toContain('80分');
    expect(result.outcome).toMatchObject({ category: 'fail', ruleId: 'R-SD-05' });
  });

  it('R-SD-05 the pass mark is compared in hundredths: 98.99 passes at 98.99, fails at 99', () => {
    const answers = answersWith(template, { '1.1': { tier: '2', points: 3.99 } });
    expect(score(template, answers, { passMark: 9899 })).toMatchObject({ total: 9899, passed: true });
    expect(score(template, answers, { passMark: 9900 })).toMatchObject({ total: 9899, passed: false });
  });
});
