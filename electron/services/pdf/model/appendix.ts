import type { Hundredths } from '../../../../shared/domain/scoring/points';
import type { InspectionHeader, InstitutionHeader } from './common';

/** 抽样记录 and 问题清单: enough for the office to re-run every draw and trace every deduction. */
export interface AppendixModel {
  kind: 'appendix';
  templateTitle: string;
  institution: InstitutionHeader;
  inspection: InspectionHeader;
  draws: DrawRecordView[];
  findings: FindingView[];
  fingerprint?: string;
}

export interface DrawRecordView {
  /** Rule id and its wording, e.g. R-SM-01 随机抽查3个不同职业(工种)不同等级批次…. */
  ruleId: string;
  ruleText: string;
  /** Item ids the draw serves. */
  itemIds: string[];
  seed: string;
  algorithm: string;
  populationHash: string;
  populationSize: number;
  requested: string;
  drawnAt: string;
  units: { id: string; label: string }[];
  /** Shortfalls and relaxed constraints, in plain Chinese (R-SM-06). */
  relaxations: string[];
}

export interface FindingView {
  itemId: string;
  /** The unit concerned, e.g. 批次 B-2023-014; null when the finding concerns the institution. */
  unit: string | null;
  description: string;
  deducted: Hundredths | null;
}
