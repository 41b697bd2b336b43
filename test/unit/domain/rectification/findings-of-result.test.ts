import { describe, expect, it } from 'vitest';
import { findingsOfResult } from '../../../../shared/domain/rectification';
import { score } from '../../../../shared/domain/scoring';
import { getTemplate } from '../../../../shared/domain/templates';
import { answersWith } from '../answers-helpers';

const shanxi = getTemplate('shanxi-renewal-2023');
const shandong = getTemplate('shandong-enterprise-2024');

describe('the findings a rectification lists (R-YQ-06)', () => {
  it('R-YQ-06 lists the items that lost points in form order, with their number, content, points lost and notes', () => {
    const answers = answersWith(
      shanxi,
      {
        '2.1.1': { deductions: { a: [{ count: 1, note: '缺质量督导岗' }] } },
        '1.2.1': { deductions: { b: [{ count: 1, note: '承诺按时公示未落实' }] } },
      },
      { context: { filingYear: 2020, auditFindingsNotRectified: true } },
    );
    const result = score(shanxi, answers);
    const findings = findingsOfResult(shanxi, result, [{ itemId: '2.1.1', description: '现场未见督导人员名单' }]);
    expect(findings.map((f) => f.key)).toEqual(['fact:auditFindingsNotRectified', 'item:1.2.1', 'item:2.1.1']);
    const item = result.items.find((i) => i.itemId === '2.1.1');
    const located = shanxi.sections.flatMap((s) => s.groups.flatMap((g) => g.items)).find((i) => i.id === '2.1.1');
    expect(findings[2]).toEqual({
      key: 'item:2.1.1',
      kind: 'deduction',
      refId: '2.1.1',
      label: `2.1.1 ${located?.content}`,
      pointsLostHundredths: (located?.maxPoints ?? 0) - (item?.points ?? 0),
      notes: ['缺质量督导岗', '现场未见督导人员名单'],
    });
    expect(findings[2]?.pointsLostHundredths).toBeGreaterThan(0);
  });

  it('R-YQ-06 the situation that ordered the rectification is listed first, with the rule reason', () => {
    const answers = answersWith(shanxi, {}, { context: { filingYear: 2020, auditFindingsNotRectified: true } });
    const [first] = findingsOfResult(shanxi, score(shanxi, answers));
    expect(first).toMatchObject({
      key: 'fact:auditFindingsNotRectified',
      kind: 'condition',
      label: '对涉及审计提出问题整改不到位',
      pointsLostHundredths: null,
    });
    expect(first?.notes[0]).toContain('限期2个月内完成整改');
    const fixed = answersWith(shanxi, {}, { context: { filingYear: 2020 } });
    expect(findingsOfResult(shanxi, score(shanxi, fixed)).filter((f) => f.kind === 'condition')).toEqual([]);
  });

  it('R-YQ-06 a veto answered 是 is a finding without points; full marks give none', () => {
    const clean = score(shanxi, answersWith(shanxi));
    expect(findingsOfResult(shanxi, clean)).toEqual([]);
    const vetoId = shanxi.vetoes[0]?.id ?? '';
    const answers = answersWith(shanxi, {}, { context: { filingYear: 2020 } });
    answers.vetoes = { ...answers.vetoes, [vetoId]: { answer: '是', note: '承诺书与实际不符' } };
    const findings = findingsOfResult(shanxi, score(shanxi, answers));
    expect(findings).toEqual([
      { key: `veto:${vetoId}`, kind: 'veto', refId: vetoId, label: shanxi.vetoes[0]?.text, pointsLostHundredths: null, notes: ['承诺书与实际不符'] },
    ]);
  });

  it('R-YQ-06 an applied 倒扣分 is listed after the items with its deduction and notes', () => {
    const penalty = shandong.penalties[0];
    if (!penalty) throw new Error('Shandong form has a penalty');
    const answers = answersWith(shandong, {}, { penalties: { [penalty.id]: [{ count: 2, note: '委托评价未备案' }] } });
    const findings = findingsOfResult(shandong, score(shandong, answers));
    expect(findings.at(-1)).toEqual({
      key: `penalty:${penalty.id}`,
      kind: 'penalty',
      refId: penalty.id,
      label: penalty.content,
      pointsLostHundredths: penalty.pointsPerOccurrence * 2,
      notes: ['委托评价未备案'],
    });
  });

  it('the same result gives the same findings (deterministic)', () => {
    const answers = answersWith(shanxi, { '3.2.1': { deductions: { a: [{ count: 1 }] } } });
    const result = score(shanxi, answers);
    expect(findingsOfResult(shanxi, result)).toEqual(findingsOfResult(shanxi, structuredClone(result)));
  });
});
