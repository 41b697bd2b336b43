import { z } from 'zod';

/**
 * The inspector's answers to one form (documented with examples in docs/answers-format.md).
 * Points given here (points, selfScore) are decimals with at most two places: 3, 3.5, "0.4".
 * Counts are non-negative integers. Unknown keys are rejected so typos surface.
 */

const count = z.int({ error: '必须是整数' }).min(0, { error: '不能为负数' });
const decimalPoints = z.union([z.number(), z.string()], { error: '必须是分数（数字，最多两位小数）' });

/** A sampled unit a deduction was found in (批次, 职业, 考生…). */
export const unitRefSchema = z.strictObject({
  /** batch, occupation, candidate, year, element… For per-batch / per-occupation rules it must match the rule. */
  kind: z.string().min(1),
  id: z.string().min(1, { error: '单位编号不能为空' }),
});

/** One finding under a deduction rule or a penalty. */
export const occurrenceSchema = z.strictObject({
  /** How many (default 1). For 每批次 / 每个职业 rules each distinct unit counts once. */
  count: z.int({ error: '必须是整数' }).min(1, { error: '次数至少为1（没有发现就不要填写）' }).optional(),
  unit: unitRefSchema.optional(),
  note: z.string().optional(),
});

/** R-YQ-03: one occupation already evaluated, with its evaluator counts. */
export const evaluatorUnitSchema = z.strictObject({
  /** Occupation id or code, e.g. 4-10-01-02. */
  id: z.string().min(1, { error: '职业编号不能为空' }),
  /** 自有考评员人数. */
  own: count,
  /** 考评员总人数（自有与外聘）. */
  total: count,
  note: z.string().optional(),
});

/**
 * One item. Which fields count depends on the item's scoring kind:
 * tiered → tier (+ points for a range tier); deduction → deductions ({} = no deduction);
 * ratioBracket → issued + uploaded; unitRatioDeduction → units ([] = no occupation evaluated).
 * An entry with only selfScore / note is "not yet scored by the inspector".
 */
export const itemAnswerSchema = z.strictObject({
  tier: z.string().min(1).optional(),
  points: decimalPoints.optional(),
  /** Rule id → findings. */
  deductions: z.record(z.string(), z.array(occurrenceSchema)).optional(),
  /** 已发证人次. */
  issued: count.optional(),
  /** 已上国网人次. */
  uploaded: count.optional(),
  /** 不能上国网原因 (reference options of the form, or free text). */
  notUploadedReasons: z.array(z.string()).optional(),
  units: z.array(evaluatorUnitSchema).optional(),
  /** 自评得分. */
  selfScore: decimalPoints.optional(),
  note: z.string().optional(),
});

export const vetoAnswerSchema = z.strictObject({
  answer: z.enum(['是', '否'], { error: '必须填写“是”或“否”' }),
  note: z.string().optional(),
});

/**
 * Facts outside the form used by the outcome rules (absent = not found / unknown):
 * filingYear selects the 附件4 track (2020 renewal, 2021 ongoing); opinionTrack overrides it.
 */
/**
 * Facts outside the form: the filing year / opinion track the app uses, plus the form's own contextFacts by id
 * (e.g. §四(一)1 noEvaluationTwoConsecutiveYears), each true or false. A fact the form does not declare is read by
 * none of its rules: carried, never changing a result.
 */
export const scoringContextSchema = z
  .object({
    filingYear: z.int({ error: '备案年度必须是整数年份' }).optional(),
    opinionTrack: z.enum(['renewal', 'ongoing'], { error: '应为 renewal 或 ongoing' }).optional(),
  })
  // zod's inferred type of a catchall cannot hold filingYear beside boolean facts; the declared one can.
  .catchall(z.boolean({ error: '应为 true 或 false' })) as unknown as z.ZodType<ScoringContextShape, ScoringContextShape>;

interface ScoringContextShape {
  filingYear?: number;
  opinionTrack?: 'renewal' | 'ongoing';
  /** The form's own facts (Template.contextFacts) by id. */
  [factId: string]: boolean | number | string | undefined;
}

export const answersSchema = z.strictObject({
  templateId: z.string().min(1),
  /** When given, must equal the template's version. */
  templateVersion: z.string().optional(),
  items: z.record(z.string(), itemAnswerSchema).default({}),
  /** Penalty id (倒扣分, e.g. "5") → verified occurrences. */
  penalties: z.record(z.string(), z.array(occurrenceSchema)).optional(),
  /** Veto id → 是 / 否. Every veto must be answered for the result to be complete. */
  vetoes: z.record(z.string(), vetoAnswerSchema).optional(),
  context: scoringContextSchema.optional(),
});

export type Answers = z.output<typeof answersSchema>;
export type AnswersInput = z.input<typeof answersSchema>;
export type ItemAnswer = z.output<typeof itemAnswerSchema>;
export type Occurrence = z.output<typeof occurrenceSchema>;
export type ScoringContext = z.output<typeof scoringContextSchema>;
