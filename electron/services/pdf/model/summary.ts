import type { Hundredths } from '../../../../shared/domain/scoring/points';

/** 评估意见汇总表 (004 附件4, R-YQ-07): one row per assessed filing, grouped by filing year. */
export interface SummaryModel {
  kind: 'summary';
  /** e.g. 2020-2021年度备案机构评估意见汇总表. */
  title: string;
  office: string;
  years: SummaryYear[];
  fingerprint?: string;
}

export interface SummaryYear {
  filingYear: number;
  rows: SummaryRow[];
}

/** 附件4 columns (一)…(五); (六) is the score. */
export type OpinionColumn = 'terminate' | 'renew' | 'defer' | 'suspend' | 'normal';

export interface SummaryRow {
  institutionName: string;
  filingNo: string;
  kindLabel: string;
  opinion: OpinionColumn | null;
  score: Hundredths | null;
}
