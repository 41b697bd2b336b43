import { describe, expect, it } from 'vitest';
import { followUpFindings } from '../../../electron/services/rectification/follow-up-results';
import { findingsOfResult } from '../../../shared/domain/rectification';
import { score } from '../../../shared/domain/scoring';
import { getTemplate } from '../../../shared/domain/templates';
import { answersWith } from '../domain/answers-helpers';

const shanxi = getTemplate('shanxi-renewal-2023');

describe('a follow-up re-checks the listed findings (R-YQ-06)', () => {
  it('R-YQ-06 each listed finding is fixed, not fixed, or unchecked when the follow-up left it unanswered', () => {
    const vetoId = shanxi.vetoes[0]?.id ?? '';
    const ordering = answersWith(shanxi, {
      '1.2.1': { deductions: { b: [{ count: 1 }] } },
      '2.1.1': { deductions: { a: [{ count: 1 }] } },
      '3.2.1': { deductions: { a: [{ count: 1 }] } },
    });
    ordering.vetoes = { ...ordering.vetoes, [vetoId]: { answer: '是' } };
    const listed = findingsOfResult(shanxi, score(shanxi, ordering));
    expect(listed.map((f) => f.key)).toEqual(['item:1.2.1', 'item:2.1.1', 'item:3.2.1', `veto:${vetoId}`]);

    // 1.2.1 fixed, 2.1.1 still deducted, 3.2.1 not answered, the veto now 否.
    const recheck = answersWith(shanxi, { '2.1.1': { deductions: { a: [{ count: 1 }] } } });
    delete recheck.items?.['3.2.1'];
    const result = score(shanxi, recheck);
    expect(followUpFindings(listed, result, findingsOfResult(shanxi, result))).toEqual([
      { key: 'item:1.2.1', result: 'fixed' },
      { key: 'item:2.1.1', result: 'notFixed' },
      { key: 'item:3.2.1', result: 'unchecked' },
      { key: `veto:${vetoId}`, result: 'fixed' },
    ]);
    expect(followUpFindings(listed, null, []).every((f) => f.result === 'unchecked')).toBe(true);
  });
});
