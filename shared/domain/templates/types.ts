import type { SamplingRuleId } from '../sampling/sampling-rules';
import type { Hundredths } from '../scoring/points';

/**
 * A scoring form (评估表) as versioned data. All points are integer hundredths (see points.ts).
 * Texts marked "verbatim" are copied from the official notice and must not be reworded.
 */
export interface Template {
  id: string;
  version: string;
  /** Form title as printed, e.g. 企业技能人才自主评价评估表. */
  title: string;
  source: TemplateSource;
  /** The total the notice announces (百分制 → 100); may differ from the real item maximum (R-YQ-01). */
  declaredTotal: Hundredths;
  /** Where declaredTotal comes from, verbatim or as a reference. */
  declaredTotalSource: string;
  passMark: PassMark;
  layout: PrintLayout;
  sections: Section[];
  /** 倒扣分: deductions outside the item total (R-SD-03). */
  penalties: Penalty[];
  /** 一票否决 / direct-fail findings answered 是/否 (R-SD-04, R-YQ-05). */
  vetoes: Veto[];
  /** Facts outside the form that this form's outcome rules read (answers.context[id]), answered 是/否 by the panel. */
  contextFacts: ContextFact[];
  outcome: OutcomeRules;
  /** Which sampling rule draws the units which items check (their 评估办法 say “随机抽查…”), in the order offered. */
  sampling: SamplingPlanEntry[];
  /** Where each kind of finding the records show is offered: a deduction rule of an item, or a veto. */
  autoFindings: AutoFindingTarget[];
}

export interface TemplateSource {
  /** Document number, e.g. 鲁人社函〔2024〕62号. */
  notice: string;
  /** Attachment, e.g. 附件2. */
  attachment: string;
  issuer: string;
  date: string;
}

export interface PassMark {
  points: Hundredths;
  /** Plain-Chinese statement of where the mark comes from, or that it is a setting. */
  source: string;
  /** True when the notice gives no number and the mark is a setting of the template (R-SD-05). */
  configurable: boolean;
}

/** Columns of the printed form, in order, and the header fields printed above the table. */
export interface PrintLayout {
  columns: PrintColumn[];
  /** Spanning header row above the columns, if the form has one (Shandong: 评估内容 / 评估标准 / 得分). */
  columnGroups: { label: string; span: number }[];
  headerFields: string[];
}

export type PrintColumnKey = 'section' | 'group' | 'content' | 'method' | 'scoringRule' | 'maxPoints' | 'selfScore' | 'inspectorScore';

export interface PrintColumn {
  key: PrintColumnKey;
  label: string;
  /** True for a column the app adds to the official layout (e.g. 核查得分 beside 自评得分). */
  addedByApp?: boolean;
}

/** 评估类别 (Shanxi) / 项目 (Shandong). */
export interface Section {
  id: string;
  title: string;
  declaredMax: Hundredths;
  groups: Group[];
}

/** 评估项目. Forms without a printed group level (Shandong) use one group per section with title null. */
export interface Group {
  id: string;
  title: string | null;
  declaredMax: Hundredths | null;
  items: Item[];
}

/** One scored row (评估内容). */
export interface Item {
  id: string;
  /** 评估内容 / 内容, verbatim. */
  content: string;
  /** 评估办法, verbatim (Shanxi only; a merged cell is repeated on every row it covers). */
  method: string | null;
  /** 评分标准 / 评估得分取值, verbatim (a merged cell is repeated on every row it covers). */
  scoringRule: string;
  maxPoints: Hundredths;
  scoring: ItemScoring;
}

export type ItemScoring = TieredScoring | DeductionScoring | SharedScoring | RatioBracketScoring | UnitRatioDeductionScoring;

/** 选档: the inspector picks one tier; a range tier also needs points within it (e.g. 5 / 1–4 / 0). */
export interface TieredScoring {
  kind: 'tiered';
  tiers: Tier[];
}

export interface Tier {
  /** As numbered on the form: "1", "2", "3". */
  id: string;
  /** Verbatim, e.g. 已建立制度但不完善(1-4分). */
  label: string;
  /** min === max for a fixed tier. */
  min: Hundredths;
  max: Hundredths;
}

/**
 * What a deduction rule counts:
 * finding — deducted once if found (扣N分, no 每);
 * occurrence — every case (每处, 每起, 1例);
 * batch — every sampled batch (每批次, 1个批次), each batch counted once;
 * occupation — every occupation (每个职业(工种), 每项 of 题库), each counted once;
 * element — every missing element (缺1岗位, 少一项内容, 每项 of 承诺事项).
 */
export const DEDUCTION_UNITS = ['finding', 'occurrence', 'batch', 'occupation', 'element'] as const;
export type DeductionUnit = (typeof DEDUCTION_UNITS)[number];

/** 扣分: start from the maximum, deduct per rule; never below 0 (扣完为止 stated or implied). */
export interface DeductionScoring {
  kind: 'deduction';
  rules: DeductionRule[];
  /** True when the rule text itself says 扣完为止; the floor at 0 applies either way. */
  floorStatedInText: boolean;
  /**
   * Rows judged together with this one under a single rule set and a shared floor
   * (e.g. Shanxi 申报条件审查 3.3.1 + 3.3.2). Those rows use SharedScoring pointing back here.
   */
  sharedWithItemIds: string[];
}

export interface DeductionRule {
  /** "a", "b"… within the item. */
  id: string;
  /** The part of the 评分标准 this rule encodes, verbatim. */
  text: string;
  points: Hundredths;
  /** A DeductionUnit; kept as string so validation can name an unknown kind. */
  per: string;
  /** For shared scoring: the row this deduction is shown against (excess spills onto the other rows). */
  attributedItemId?: string;
}

/** A row scored jointly with its lead row; answers go to the lead row. */
export interface SharedScoring {
  kind: 'shared';
  leadItemId: string;
}

/** 比例分档 (R-SD-02): points from numerator / denominator, bounds exactly as written. */
export interface RatioBracketScoring {
  kind: 'ratioBracket';
  numeratorLabel: string;
  denominatorLabel: string;
  brackets: RatioBracket[];
  /** Reference options for explaining the shortfall (不能上国网原因). */
  reasonOptions: string[];
}

export interface RatioBracket {
  id: string;
  label: string;
  from: PercentBound;
  to: PercentBound;
  points: Hundredths;
}

export interface PercentBound {
  /** Whole percent, 0–100. */
  percent: number;
  inclusive: boolean;
}

/**
 * Per-unit tiered deduction (R-YQ-03): for every unit (occupation), compare own / total
 * against the tiers in order; the first that matches deducts its points.
 */
export interface UnitRatioDeductionScoring {
  kind: 'unitRatioDeduction';
  unit: string;
  numeratorLabel: string;
  denominatorLabel: string;
  tiers: UnitRatioTier[];
}

export interface UnitRatioTier {
  id: string;
  label: string;
  /** 'none': numerator is 0; otherwise numerator / denominator strictly below the fraction. */
  when: { kind: 'none' } | { kind: 'below'; numerator: number; denominator: number };
  points: Hundredths;
}

/** 倒扣分 (R-SD-03). */
export interface Penalty {
  id: string;
  content: string;
  scoringRule: string;
  pointsPerOccurrence: Hundredths;
}

/** 一票否决 (R-SD-04) / 直接确定为不合格 (R-YQ-05). */
export interface Veto {
  id: string;
  text: string;
}

/** A fact outside the form that outcome rules may depend on (answers.context[id] === true), e.g. §四(一)1 连续两年未开展. */
export interface ContextFact {
  /** An identifier (letters, digits, _), the key in answers.context. */
  id: string;
  /** The question as the panel reads it, verbatim where the notice words it. */
  label: string;
  /** Where the fact comes from, e.g. 阳人社函〔2023〕221号 §四(一)1. */
  source: string;
}

/** Context keys the app itself uses; a form's own facts may not take these names. */
export const RESERVED_CONTEXT_KEYS = ['filingYear', 'opinionTrack'] as const;

export const OUTCOME_CATEGORIES = ['pass', 'fail', 'terminate', 'renew', 'defer', 'suspend', 'normal', 'undetermined'] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

/** Tracks of 附件4: 2020 filings are up for renewal, 2021 filings continue evaluating. */
export type OutcomeTrack = 'renewal' | 'ongoing';

/** contextFlag names one of the form's contextFacts. */
export type OutcomeCondition = { kind: 'anyVeto' } | { kind: 'scoreBelowPassMark' } | { kind: 'contextFlag'; flag: string } | { kind: 'always' };

/** Time given to rectify (限期整改), counted from the inspection day. */
export interface Rectification {
  unit: 'months' | 'workingDays';
  count: number;
}

export interface OutcomeRule {
  ruleId: string;
  when: OutcomeCondition;
  /** One category, or one per track when it depends on the filing year. */
  category: OutcomeCategory | Record<OutcomeTrack, OutcomeCategory>;
  /** Plain-Chinese reason shown in the result. */
  reason: string;
  /** Reference to the official text, e.g. 阳人社函〔2023〕221号 §四(一)7. */
  source: string;
  /** Present when this outcome orders rectification (e.g. R-YQ-06: 限期2个月内完成整改). */
  rectification?: Rectification;
}

export interface OutcomeRules {
  /** Evaluated in order; the first matching rule decides. */
  rules: OutcomeRule[];
  /** Filing year → track, when categories depend on it (附件4). */
  tracksByFilingYear: Record<string, OutcomeTrack>;
  /** The printed label of every category this form's rules can decide, e.g. renew → 同意延续备案. */
  labels: Partial<Record<OutcomeCategory, string>>;
  /** The summary table published with the notice (e.g. 附件4), when its wording differs from what the labels give. */
  summary?: PublishedSummary;
}

/**
 * How the notice's own summary table is headed: its attachment number, and the column heading of categories whose
 * printed heading is not “<label>的机构”. Forms without a published summary leave it out.
 */
export interface PublishedSummary {
  /** e.g. 附件4 */
  attachment: string;
  /** Category → the heading as published, e.g. defer → 暂时不予延续备案机构（只涉及2020年备案的）. */
  headings: Partial<Record<OutcomeCategory, string>>;
}

export interface SamplingPlanEntry {
  rule: SamplingRuleId;
  /** Items whose check uses the units this draw picks; may be empty (a yearly spot check of the records). */
  itemIds: string[];
}

/**
 * Findings the app derives from the records (never applied on its own; the inspector confirms):
 * planLate — R-DL-09 evaluation plan filed late; publicityShort — R-DL-08 publicity shorter than required;
 * outOfScope — R-INS-03 a batch outside the filed occupations or levels.
 */
export const AUTO_FINDING_KINDS = ['planLate', 'publicityShort', 'outOfScope'] as const;
export type AutoFindingKind = (typeof AUTO_FINDING_KINDS)[number];

export type FindingTarget = { kind: 'deduction'; itemId: string; ruleId: string } | { kind: 'veto'; vetoId: string };

export interface AutoFindingTarget {
  finding: AutoFindingKind;
  target: FindingTarget;
}
