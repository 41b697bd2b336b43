import type { Hundredths } from '../../../../shared/domain/scoring/points';
import type { OutcomeCategory } from '../../../../shared/domain/templates/types';

/** 评估意见汇总表 (004 附件4, R-YQ-07): one row per assessed filing, grouped by filing year. */
export interface SummaryModel {
  kind: 'summary';
  /** e.g. 2020-2021年度备案机构评估意见汇总表. */
  title: string;
  office: string;
  years: SummaryYear[];
  /** The form's opinion columns (layout/summary-layout.ts); absent: 附件4 of 阳人社函〔2023〕221号, for callers not yet passing the form. */
  layout?: SummaryLayout;
  fingerprint?: string;
}

/** What a form's summary prints that depends on the form: one opinion column per outcome category its rules decide. */
export interface SummaryLayout {
  /** 附件N at the top left; '' prints none. */
  attachment: string;
  /** In print order, numbered （一）（二）…; the score column comes last. */
  columns: SummaryColumn[];
  /** The score column's explanation, e.g. 评估得分（涉及2020年、2021年备案的）. */
  scoreHeading: string;
}

export interface SummaryColumn {
  category: OutcomeCategory;
  /** The printed explanation under the column number, e.g. 同意延续备案的机构（只涉及2020年备案的）. */
  heading: string;
}

export interface SummaryYear {
  filingYear: number;
  rows: SummaryRow[];
}

export interface SummaryRow {
  institutionName: string;
  filingNo: string;
  kindLabel: string;
  /** The scored outcome category; a category without a column (e.g. undetermined) ticks none. */
  opinion: OutcomeCategory | null;
  score: Hundredths | null;
}
