import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formSheetsOf, readFormSheets } from '../../../../shared/domain/forms';
import { listTemplates, templateHash, type Template } from '../../../../shared/domain/templates';

// Random variations of the built-ins: every verbatim text, every number of points, the optional and three-state
// fields. Export then compile (without validation, so odd sums are fine) must give the same template and hash.

/** A verbatim text: any characters, line breaks and edge spaces included, but not blank (blank is an empty cell). */
const verbatim = fc
  .string({ unit: fc.constantFrom('a', '分', ' ', '\n', '（', '1', '.', '\t', '“', '😀'), minLength: 1, maxLength: 12 })
  .filter((t) => t.trim() !== '');
const hundredths = fc.integer({ min: -100_000, max: 100_000 });

function vary(template: Template, rand: { text: () => string; points: () => number; flip: () => boolean }): Template {
  const t = structuredClone(template);
  t.title = rand.text();
  t.declaredTotal = rand.points();
  t.declaredTotalSource = rand.text();
  t.passMark = { points: rand.points(), source: rand.text(), configurable: rand.flip() };
  for (const section of t.sections) {
    section.title = rand.text();
    section.declaredMax = rand.points();
    for (const group of section.groups) {
      group.title = rand.flip() ? null : rand.text();
      group.declaredMax = rand.flip() ? null : rand.points();
      for (const item of group.items) {
        item.content = rand.text();
        item.method = rand.flip() ? null : rand.text();
        item.scoringRule = rand.text();
        item.maxPoints = rand.points();
        const s = item.scoring;
        if (s.kind === 'tiered') for (const tier of s.tiers) Object.assign(tier, { label: rand.text(), min: rand.points(), max: rand.points() });
        if (s.kind === 'deduction') {
          s.floorStatedInText = rand.flip();
          for (const rule of s.rules) {
            Object.assign(rule, { text: rand.text(), points: rand.points() });
            if (rand.flip()) delete rule.attributedItemId;
            else rule.attributedItemId = item.id;
          }
        }
        if (s.kind === 'ratioBracket') {
          s.numeratorLabel = rand.text();
          s.reasonOptions = s.reasonOptions.map(() => rand.text());
          for (const b of s.brackets) Object.assign(b, { label: rand.text(), points: rand.points(), from: { percent: 7, inclusive: rand.flip() } });
        }
        if (s.kind === 'unitRatioDeduction') for (const tier of s.tiers) Object.assign(tier, { label: rand.text(), points: rand.points() });
      }
    }
  }
  for (const p of t.penalties) Object.assign(p, { content: rand.text(), scoringRule: rand.text(), pointsPerOccurrence: rand.points() });
  for (const v of t.vetoes) v.text = rand.text();
  for (const rule of t.outcome.rules) {
    rule.reason = rand.text();
    rule.source = rand.text();
    rule.category = rand.flip() ? 'defer' : { renewal: 'renew', ongoing: rand.flip() ? 'normal' : 'suspend' };
    if (rand.flip()) delete rule.rectification;
    else rule.rectification = { unit: rand.flip() ? 'months' : 'workingDays', count: 2 };
  }
  for (const column of t.layout.columns) {
    column.label = rand.text();
    const state = rand.flip() ? undefined : rand.flip();
    if (state === undefined) delete column.addedByApp;
    else column.addedByApp = state;
  }
  t.layout.headerFields = t.layout.headerFields.map(() => rand.text());
  return t;
}

describe('form export → compile', () => {
  it.each(listTemplates().map((t) => [t.id, t] as const))('%s: random variations round-trip to the same hash', (_id, template) => {
    fc.assert(
      fc.property(
        fc.array(verbatim, { minLength: 64, maxLength: 64 }),
        fc.array(hundredths, { minLength: 64, maxLength: 64 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        (texts, points, flips) => {
          let i = 0;
          const next = <T>(list: T[]) => list[i++ % list.length] as T;
          const varied = vary(template, { text: () => next(texts), points: () => next(points), flip: () => next(flips) });
          const { template: compiled, problems } = readFormSheets(formSheetsOf(varied));
          expect(problems).toEqual([]);
          expect(compiled).toStrictEqual(varied);
          expect(templateHash(compiled!)).toBe(templateHash(varied));
        },
      ),
      { numRuns: 60 },
    );
  });
});
