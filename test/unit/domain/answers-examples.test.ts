import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPoints, score } from '../../../shared/domain/scoring';
import { getTemplate } from '../../../shared/domain/templates';

// The worked examples of docs/answers-format.md: the totals stated there are checked here.

function example(templateId: string) {
  const path = new URL(`../../fixtures/answers/${templateId}.example.json`, import.meta.url);
  return score(getTemplate(templateId), JSON.parse(readFileSync(path, 'utf8')));
}

describe('documented answer examples (docs/answers-format.md)', () => {
  it('R-SD-03 Shandong example: items 87.5 − 倒扣分 10 = 77.5, 合格 at the default 60', () => {
    const result = example('shandong-enterprise-2024');
    expect(result.complete).toBe(true);
    expect(result.sections.map((s) => formatPoints(s.points))).toEqual(['17', '22.5', '30', '18']);
    expect(formatPoints(result.itemsTotal)).toBe('87.5');
    expect(formatPoints(result.penaltyTotal)).toBe('10');
    expect(formatPoints(result.total)).toBe('77.5');
    expect(formatPoints(result.selfTotal ?? -1)).toBe('98');
    expect(result.items.find((i) => i.itemId === '3.5')?.points).toBe(500);
    expect(result.outcome).toMatchObject({ category: 'pass', ruleId: 'R-SD-05' });
  });

  it('R-YQ-07 Shanxi example: 64.5 of 92, 2020 filing → 同意延续备案', () => {
    const result = example('shanxi-renewal-2023');
    expect(result.complete).toBe(true);
    expect(result.sections.map((s) => formatPoints(s.points))).toEqual(['4.5', '8.6', '40.4', '11']);
    expect(formatPoints(result.total)).toBe('64.5');
    expect(formatPoints(result.maximum)).toBe('92');
    const points = Object.fromEntries(result.items.map((i) => [i.itemId, formatPoints(i.points ?? -1)]));
    expect([points['2.3.2'], points['3.3.1'], points['3.3.2'], points['3.6.1'], points['3.6.2']]).toEqual(['2.5', '1', '1', '2', '0.4']);
    expect(result.outcome).toMatchObject({ category: 'renew', ruleId: 'R-YQ-07' });
  });
});
