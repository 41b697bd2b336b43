import type { AppendixModel } from './appendix';
import type { ApplicationModel } from './application';
import type { NoticeModel, RecheckModel } from './rectification';
import type { BlankModel, SheetModel } from './sheet';
import type { StatsModel } from './stats';
import type { SummaryModel } from './summary';

/** Everything a report is built from: plain data, so documents are testable without the database. */
export type ReportModel = SheetModel | BlankModel | AppendixModel | ApplicationModel | StatsModel | SummaryModel | NoticeModel | RecheckModel;
export type ReportKind = ReportModel['kind'];

export const REPORT_KINDS = ['sheet', 'appendix', 'blank', 'application', 'stats', 'summary', 'recheck'] as const satisfies readonly ReportKind[];

/** Chinese names used for titles and file names. */
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  sheet: '评估表',
  appendix: '抽样记录与问题清单',
  blank: '空白评估表',
  application: '续期备案申请表',
  stats: '工作情况统计表',
  summary: '评估意见汇总表',
  notice: '整改通知书',
  recheck: '整改复查记录',
};
