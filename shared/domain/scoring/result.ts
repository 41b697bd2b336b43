import type { OutcomeCategory, OutcomeTrack, Rectification } from '../templates/types';
import type { Hundredths } from './points';

/** One step of how an item's points came about; message is plain Chinese for display. */
export type TraceEntry =
  | { kind: 'tier'; tierId: string; label: string; points: Hundredths; message: string }
  | {
      kind: 'deduction';
      ruleId: string;
      ruleText: string;
      per: string;
      unit?: { kind: string; id: string };
      /** Occurrences as recorded. */
      count: number;
      /** How many of them were deducted (每批次 / finding rules count a unit once). */
      counted: number;
      deducted: Hundredths;
      note?: string;
      /** For shared scoring: the row this deduction is shown against. */
      attributedItemId?: string;
      message: string;
    }
  | { kind: 'floor'; deductedTotal: Hundredths; maxPoints: Hundredths; statedInText: boolean; message: string }
  | { kind: 'ratio'; numerator: number; denominator: number; bracketId: string; label: string; points: Hundredths; message: string }
  | { kind: 'unitRatio'; unitId: string; ownCount: number; totalCount: number; tierId: string | null; deducted: Hundredths; message: string }
  | { kind: 'shared'; leadItemId: string; itemIds: string[]; jointPoints: Hundredths; jointMax: Hundredths; message: string }
  | { kind: 'note'; message: string };

export type ItemStatus = 'scored' | 'unanswered' | 'cannotCompute';

export interface ItemResult {
  itemId: string;
  sectionId: string;
  groupId: string;
  status: ItemStatus;
  /** Inspector's points (核查得分); null unless status is 'scored'. */
  points: Hundredths | null;
  maxPoints: Hundredths;
  trace: TraceEntry[];
  /** Why the item could not be computed (status 'cannotCompute'). */
  reason?: string;
  selfScore: Hundredths | null;
  /** points − selfScore, when both exist. */
  difference: Hundredths | null;
  note?: string;
}

export interface SubtotalResult {
  id: string;
  title: string | null;
  /** Sum of the scored items (unscored count as nothing). */
  points: Hundredths;
  maxPoints: Hundredths;
  declaredMax: Hundredths | null;
  /** True when every item in it is scored. */
  complete: boolean;
  selfScore: Hundredths | null;
}

export interface PenaltyResult {
  penaltyId: string;
  count: number;
  deducted: Hundredths;
  notes: string[];
  message: string;
}

export interface VetoResult {
  vetoId: string;
  text: string;
  answer: '是' | '否' | null;
  note?: string;
}

export interface OutcomeResult {
  category: OutcomeCategory;
  /** Chinese label of the category, e.g. 终止备案. */
  label: string;
  /** Rule id that decided, e.g. R-YQ-05; null when undetermined for lack of answers. */
  ruleId: string | null;
  reason: string;
  source: string | null;
  track: OutcomeTrack | null;
  /** Every rule whose condition held, in order (the first decided). */
  matched: { ruleId: string; reason: string; source: string }[];
  /** The time to rectify the deciding rule orders (R-YQ-06), or null; several rules may share a ruleId, so it is carried here. */
  rectification: Rectification | null;
}

export interface ScoreResult {
  templateId: string;
  templateVersion: string;
  /** True when every item and veto is answered and nothing is cannot-compute. */
  complete: boolean;
  unansweredItems: string[];
  unansweredVetoes: string[];
  cannotCompute: { itemId: string; reason: string }[];
  items: ItemResult[];
  groups: SubtotalResult[];
  sections: SubtotalResult[];
  itemsTotal: Hundredths;
  penalties: PenaltyResult[];
  penaltyTotal: Hundredths;
  vetoes: VetoResult[];
  /** itemsTotal − penaltyTotal (not floored; a large 倒扣分 can make it negative). */
  total: Hundredths;
  /** The real maximum (sum of item maxima), e.g. 9200 for the Shanxi form. */
  maximum: Hundredths;
  declaredTotal: Hundredths;
  /** Set when declaredTotal ≠ maximum (R-YQ-01). */
  maximumWarning: string | null;
  passMark: { points: Hundredths; source: string; overridden: boolean };
  /** total ≥ pass mark and no veto; null while incomplete (unless a veto already decides). */
  passed: boolean | null;
  outcome: OutcomeResult;
  selfTotal: Hundredths | null;
}
