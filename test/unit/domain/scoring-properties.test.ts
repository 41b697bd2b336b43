import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPoints, score, type AnswersInput, type ItemAnswer } from '../../../shared/domain/scoring';
import { allItems, listTemplates, type Item, type Template } from '../../../shared/domain/templates';

const UNIT_IDS = ['B1', 'B2', 'B3', 'A', 'C'];

function occurrenceArbitrary(per: string) {
  const unitKind = per === 'batch' || per === 'occupation' ? per : 'batch';
  return fc.record(
    {
      count: fc.integer({ min: 1, max: 6 }),
      unit: fc.record({ kind: fc.constant(unitKind), id: fc.constantFrom(...UNIT_IDS) }),
      note: fc.string({ maxLength: 5 }),
    },
    { requiredKeys: [] },
  );
}

/** A valid answer for one item, by scoring kind; null for rows answered through their lead. */
function itemAnswerArbitrary(item: Item): fc.Arbitrary<ItemAnswer> | null {
  const scoring = item.scoring;
  const selfScore = fc.option(fc.integer({ min: 0, max: item.maxPoints }).map(formatPoints), { nil: undefined });
  switch (scoring.kind) {
    case 'tiered':
      return fc.constantFrom(...scoring.tiers).chain((tier) =>
        fc.record({
          tier: fc.constant(tier.id),
          points: tier.min === tier.max ? fc.constant(undefined) : fc.integer({ min: tier.min, max: tier.max }).map((p) => Number(formatPoints(p))),
          selfScore,
        }),
      );
    case 'deduction':
      return fc
        .record({
          deductions: fc.record(
            Object.fromEntries(scoring.rules.map((rule) => [rule.id, fc.array(occurrenceArbitrary(rule.per), { maxLength: 4 })])),
            {
              requiredKeys: [],
            },
          ),
          selfScore,
        })
        .map((answer) => answer as ItemAnswer);
    case 'shared':
      return null;
    case 'ratioBracket':
      return fc
        .integer({ min: 0, max: 5000 })
        .chain((issued) => fc.record({ issued: fc.constant(issued), uploaded: fc.integer({ min: 0, max: issued }), selfScore }));
    case 'unitRatioDeduction':
      return fc.record({
        units: fc
          .array(
            fc.integer({ min: 0, max: 30 }).chain((total) => fc.record({ own: fc.integer({ min: 0, max: total }), total: fc.constant(total) })),
            { maxLength: 6 },
          )
          .map((units) => units.map((u, index) => ({ id: `职业${index}`, ...u }))),
        selfScore,
      });
  }
}

function answersArbitrary(template: Template): fc.Arbitrary<AnswersInput> {
  const items: Record<string, fc.Arbitrary<ItemAnswer>> = {};
  for (const { item } of allItems(template)) {
    const arbitrary = itemAnswerArbitrary(item);
    if (arbitrary) items[item.id] = arbitrary;
  }
  return fc
    .record({
      templateId: fc.constant(template.id),
      items: fc.record(items, { requiredKeys: [] }),
      penalties: fc.record(
        Object.fromEntries(template.penalties.map((p) => [p.id, fc.array(fc.record({ count: fc.integer({ min: 1, max: 3 }) }), { maxLength: 3 })])),
      ),
      vetoes: fc.record(
        Object.fromEntries(template.vetoes.map((v) => [v.id, fc.record({ answer: fc.constantFrom('是' as const, '否' as const, '否' as const) })])),
        {
          requiredKeys: [],
        },
      ),
      context: fc.record(
        {
          filingYear: fc.constantFrom(2020, 2021, 2022),
          noEvaluationTwoConsecutiveYears: fc.boolean(),
          auditFindingsNotRectified: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    })
    .map((input) => input as AnswersInput);
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

for (const template of listTemplates()) {
  describe(`scoring properties: ${template.id}`, () => {
    const answers = answersArbitrary(template);

    it('every item scores between 0 and its maximum, in whole hundredths', () => {
      fc.assert(
        fc.property(answers, (input) => {
          for (const item of score(template, input).items) {
            if (item.points === null) continue;
            expect(item.points).toBeGreaterThanOrEqual(0);
            expect(item.points).toBeLessThanOrEqual(item.maxPoints);
            expect(Number.isInteger(item.points)).toBe(true);
          }
        }),
      );
    });

    it('total is the sum of the items minus the penalties, and sections add up', () => {
      fc.assert(
        fc.property(answers, (input) => {
          const result = score(template, input);
          const itemsSum = result.items.reduce((sum, item) => sum + (item.points ?? 0), 0);
          const penalties = result.penalties.reduce((sum, p) => sum + p.deducted, 0);
          expect(result.itemsTotal).toBe(itemsSum);
          expect(result.total).toBe(itemsSum - penalties);
          expect(result.sections.reduce((sum, s) => sum + s.points, 0)).toBe(itemsSum);
          expect(result.total).toBeLessThanOrEqual(result.maximum);
        }),
      );
    });

    it('never produces NaN or Infinity anywhere in the result', () => {
      fc.assert(
        fc.property(answers, (input) => {
          for (const n of numbersIn(score(template, input))) expect(Number.isFinite(n)).toBe(true);
        }),
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(answers, (input) => {
          expect(score(template, input)).toEqual(score(template, structuredClone(input)));
        }),
      );
    });

    it('a veto answered 是 always fails', () => {
      fc.assert(
        fc.property(answers, (input) => {
          const result = score(template, input);
          if (result.vetoes.some((v) => v.answer === '是')) expect(result.passed).toBe(false);
        }),
      );
    });
  });
}
