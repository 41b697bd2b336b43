import { readFileSync } from 'node:fs';
import { score } from '../../shared/domain/scoring';
import { getTemplate } from '../../shared/domain/templates';
import { median, percentile, timeIt, type BenchCase } from './harness';

// Scoring a complete form (the documented worked examples) must feel instant in the UI.
function scoringCase(templateId: string): BenchCase {
  return {
    name: `score ${templateId}`,
    run() {
      const template = getTemplate(templateId);
      const answers: unknown = JSON.parse(readFileSync(new URL(`../fixtures/answers/${templateId}.example.json`, import.meta.url), 'utf8'));
      const times = timeIt(() => void score(template, answers), 2000, 200);
      return [
        { name: 'median', value: median(times), unit: 'ms', goal: '≤ 1 ms' },
        { name: 'p95', value: percentile(times, 95), unit: 'ms', goal: '≤ 1 ms' },
      ];
    },
  };
}

export const cases: BenchCase[] = [scoringCase('shandong-enterprise-2024'), scoringCase('shanxi-renewal-2023')];
