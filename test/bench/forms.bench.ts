import { readFileSync } from 'node:fs';
import { compileFormSheets, formSheetsOf } from '../../shared/domain/forms';
import { score } from '../../shared/domain/scoring';
import { allItems, getTemplate, type Item, type Section, type Template } from '../../shared/domain/templates';
import { median, percentile, timeIt, type BenchCase } from './harness';

// An office's own form may be far longer than the official ones: 200 rows (10 sections × 20), the Shandong rows
// (tiers, ranges, a ratio bracket) repeated, must still compile, validate and score at once.
const SECTIONS = 10;
const ITEMS_PER_SECTION = 20;
const BASE_ID = 'shandong-enterprise-2024';

function syntheticForm(): { template: Template; answers: unknown } {
  const base = getTemplate(BASE_ID);
  const baseItems = allItems(base).map((l) => l.item);
  const baseAnswers = JSON.parse(readFileSync(new URL(`../fixtures/answers/${BASE_ID}.example.json`, import.meta.url), 'utf8')) as {
    items: Record<string, unknown>;
  } & Record<string, unknown>;
  const items: Record<string, unknown> = {};
  const sections: Section[] = [];
  for (let s = 0; s < SECTIONS; s++) {
    const rows: Item[] = [];
    for (let i = 0; i < ITEMS_PER_SECTION; i++) {
      const source = baseItems[(s * ITEMS_PER_SECTION + i) % baseItems.length] as Item;
      const id = `${s + 1}.${i + 1}`;
      rows.push({ ...structuredClone(source), id });
      items[id] = baseAnswers.items[source.id];
    }
    const max = rows.reduce((sum, item) => sum + item.maxPoints, 0);
    sections.push({
      id: String(s + 1),
      title: `类别${s + 1}`,
      declaredMax: max,
      groups: [{ id: String(s + 1), title: null, declaredMax: null, items: rows }],
    });
  }
  const total = sections.reduce((sum, section) => sum + section.declaredMax, 0);
  const template: Template = { ...structuredClone(base), id: 'synthetic-200', sections, declaredTotal: total };
  return { template, answers: { ...baseAnswers, templateId: template.id, items } };
}

export const cases: BenchCase[] = [
  {
    name: 'forms: 200-item form',
    run() {
      const { template, answers } = syntheticForm();
      const sheets = formSheetsOf(template);
      const compiled = compileFormSheets(sheets);
      if (!compiled.template) throw new Error(`synthetic form does not compile: ${JSON.stringify(compiled.problems.slice(0, 3))}`);
      // Scoring first: the garbage compiling leaves would otherwise land in the scoring p95.
      const scoreTimes = timeIt(() => void score(compiled.template as Template, answers), 2000, 200);
      const compileTimes = timeIt(() => void compileFormSheets(sheets), 200, 20);
      return [
        { name: 'compile + validate (median)', value: median(compileTimes), unit: 'ms', goal: '≤ 50 ms' },
        { name: 'compile + validate (p95)', value: percentile(compileTimes, 95), unit: 'ms', goal: '≤ 50 ms' },
        { name: 'score (median)', value: median(scoreTimes), unit: 'ms', goal: '≤ 1 ms' },
        { name: 'score (p95)', value: percentile(scoreTimes, 95), unit: 'ms', goal: '≤ 1 ms' },
      ];
    },
  },
];
