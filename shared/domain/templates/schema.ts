import { z } from 'zod';
import { SAMPLING_RULE_IDS, type SamplingRuleId } from '../sampling/sampling-rules';
import { AUTO_FINDING_KINDS, OUTCOME_CATEGORIES, type Template } from './types';

// Structural schema of template data (e.g. a JSON file given to `templates check`).
// Semantic checks (sums, tiers, brackets, references) live in validate.ts.

const hundredths = z.int();
const text = z.string().min(1);
const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/);

const tier = z.strictObject({ id: text, label: text, min: hundredths, max: hundredths });

const deductionRule = z.strictObject({
  id: text,
  text,
  points: hundredths,
  per: text,
  attributedItemId: text.optional(),
});

const percentBound = z.strictObject({ percent: z.int(), inclusive: z.boolean() });

const scoring = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tiered'), tiers: z.array(tier).min(1) }),
  z.strictObject({
    kind: z.literal('deduction'),
    rules: z.array(deductionRule).min(1),
    floorStatedInText: z.boolean(),
    sharedWithItemIds: z.array(text),
  }),
  z.strictObject({ kind: z.literal('shared'), leadItemId: text }),
  z.strictObject({
    kind: z.literal('ratioBracket'),
    numeratorLabel: text,
    denominatorLabel: text,
    brackets: z.array(z.strictObject({ id: text, label: text, from: percentBound, to: percentBound, points: hundredths })).min(1),
    reasonOptions: z.array(text),
  }),
  z.strictObject({
    kind: z.literal('unitRatioDeduction'),
    unit: text,
    numeratorLabel: text,
    denominatorLabel: text,
    tiers: z
      .array(
        z.strictObject({
          id: text,
          label: text,
          when: z.discriminatedUnion('kind', [
            z.strictObject({ kind: z.literal('none') }),
            z.strictObject({ kind: z.literal('below'), numerator: z.int().min(0), denominator: z.int().min(1) }),
          ]),
          points: hundredths,
        }),
      )
      .min(1),
  }),
]);

const item = z.strictObject({
  id: text,
  content: text,
  method: text.nullable(),
  scoringRule: text,
  maxPoints: hundredths,
  scoring,
});

const group = z.strictObject({
  id: text,
  title: text.nullable(),
  declaredMax: hundredths.nullable(),
  items: z.array(item).min(1),
});

const section = z.strictObject({ id: text, title: text, declaredMax: hundredths, groups: z.array(group).min(1) });

const outcomeCategory = z.enum(OUTCOME_CATEGORIES);

const outcomeRule = z.strictObject({
  ruleId: text,
  when: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('anyVeto') }),
    z.strictObject({ kind: z.literal('scoreBelowPassMark') }),
    z.strictObject({ kind: z.literal('contextFlag'), flag: identifier }),
    z.strictObject({ kind: z.literal('always') }),
  ]),
  category: z.union([outcomeCategory, z.strictObject({ renewal: outcomeCategory, ongoing: outcomeCategory })]),
  reason: text,
  source: text,
  rectification: z.strictObject({ unit: z.enum(['months', 'workingDays']), count: z.int().min(1).max(366) }).optional(),
});

const findingTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deduction'), itemId: text, ruleId: text }),
  z.strictObject({ kind: z.literal('veto'), vetoId: text }),
]);

const columnKey = z.enum(['section', 'group', 'content', 'method', 'scoringRule', 'maxPoints', 'selfScore', 'inspectorScore']);

export const templateSchema: z.ZodType<Template> = z.strictObject({
  id: text,
  version: text,
  title: text,
  source: z.strictObject({ notice: text, attachment: text, issuer: text, date: text }),
  declaredTotal: hundredths,
  declaredTotalSource: text,
  passMark: z.strictObject({ points: hundredths, source: text, configurable: z.boolean() }),
  layout: z.strictObject({
    columns: z.array(z.strictObject({ key: columnKey, label: text, addedByApp: z.boolean().optional() })).min(1),
    columnGroups: z.array(z.strictObject({ label: text, span: z.int().min(1) })),
    headerFields: z.array(text),
  }),
  sections: z.array(section).min(1),
  penalties: z.array(z.strictObject({ id: text, content: text, scoringRule: text, pointsPerOccurrence: hundredths })),
  vetoes: z.array(z.strictObject({ id: text, text })),
  contextFacts: z.array(z.strictObject({ id: identifier, label: text, source: text })),
  outcome: z.strictObject({
    rules: z.array(outcomeRule).min(1),
    tracksByFilingYear: z.record(z.string(), z.enum(['renewal', 'ongoing'])),
    labels: z.partialRecord(outcomeCategory, text),
    summary: z.strictObject({ attachment: text, headings: z.partialRecord(outcomeCategory, text) }).optional(),
  }),
  sampling: z.array(z.strictObject({ rule: z.enum(SAMPLING_RULE_IDS as [SamplingRuleId, ...SamplingRuleId[]]), itemIds: z.array(text) })),
  autoFindings: z.array(z.strictObject({ finding: z.enum(AUTO_FINDING_KINDS), target: findingTarget })),
});
