import { describe, expect, it } from 'vitest';
import { ruleForItem, samplingPlan } from '../../../shared/domain/sampling';
import { getTemplate } from '../../../shared/domain/templates';

const shanxi = getTemplate('shanxi-renewal-2023');
const shandong = getTemplate('shandong-enterprise-2024');

describe('the sampling step reads the form (template.sampling)', () => {
  it('R-SM-01 R-SM-02 R-SM-03 R-SM-04 the Shanxi form asks for four draws, each checking its items', () => {
    expect(samplingPlan(shanxi).map((entry) => entry.rule)).toEqual(['R-SM-01', 'R-SM-02', 'R-SM-03', 'R-SM-04']);
    expect(ruleForItem(shanxi, '3.1.3')).toBe('R-SM-01');
    expect(ruleForItem(shanxi, '3.8.2')).toBe('R-SM-01');
    expect(ruleForItem(shanxi, '3.1.2')).toBe('R-SM-02');
    expect(ruleForItem(shanxi, '3.7.1')).toBe('R-SM-03');
    expect(ruleForItem(shanxi, '4.1.2')).toBe('R-SM-04');
    expect(ruleForItem(shanxi, '1.1.1')).toBeNull();
  });

  it('R-SM-05 the Shandong form names no sample: only the yearly spot check, for no item', () => {
    expect(samplingPlan(shandong)).toEqual([{ rule: 'R-SM-05', itemIds: [] }]);
    expect(ruleForItem(shandong, '1.1')).toBeNull();
  });

  it('R-SM-01 any form: the plan is its data, the first entry naming an item decides', () => {
    const form = {
      sampling: [
        { rule: 'R-SM-04', itemIds: ['A'] },
        { rule: 'R-SM-01', itemIds: ['A', 'B'] },
      ],
    } as const;
    expect(ruleForItem({ sampling: [...form.sampling].map((e) => ({ ...e, itemIds: [...e.itemIds] })) }, 'A')).toBe('R-SM-04');
    expect(ruleForItem({ sampling: [{ rule: 'R-SM-01', itemIds: ['A', 'B'] }] }, 'B')).toBe('R-SM-01');
    expect(ruleForItem({ sampling: [] }, 'A')).toBeNull();
  });
});
