import type ExcelJS from 'exceljs';
import { newWorkbook } from '../export/xlsx-style';
import type { DrawNotice, NoticeExpert, NoticeObject, NoticeRecusal } from './draw-notice-model';
import { addNoticeSheet, type SheetColumn } from './notice-sheet';

const expertText = (expert: NoticeExpert | null): string => (expert ? `${expert.name}（${expert.code}）` : '（缺）');

const OBJECT_COLUMNS: SheetColumn<NoticeObject>[] = [
  { header: '序号', width: 6, value: (row) => row.no },
  { header: '机构名称', width: 36, value: (row) => row.institutionName },
  { header: '机构备案号', width: 18, value: (row) => row.filingNo },
  { header: '机构类别', width: 18, value: (row) => row.kindLabel },
  { header: '选取原因', width: 30, value: (row) => row.reasons.join('；') },
  { header: '抽检批次', width: 24, value: (row) => row.batches },
];

const PANEL_COLUMNS: SheetColumn<NoticeObject>[] = [
  { header: '序号', width: 6, value: (row) => row.no },
  { header: '检查对象', width: 36, value: (row) => row.institutionName },
  { header: '机构备案号', width: 18, value: (row) => row.filingNo },
  { header: '组长', width: 18, value: (row) => expertText(row.panel.leader) },
  { header: '成员', width: 40, value: (row) => (row.panel.members.length > 0 ? row.panel.members.map(expertText).join('、') : '（缺）') },
  { header: '回避人数', width: 10, value: (row) => row.panel.recusals },
  { header: '说明', width: 30, value: (row) => row.panel.shortfall ?? '' },
];

const RECUSAL_COLUMNS: SheetColumn<NoticeRecusal>[] = [
  { header: '检查对象', width: 36, value: (row) => row.institutionName },
  { header: '机构备案号', width: 18, value: (row) => row.filingNo },
  { header: '专家编号', width: 12, value: (row) => row.code },
  { header: '专家姓名', width: 12, value: (row) => row.name },
  { header: '回避原因', width: 50, value: (row) => row.reasons },
];

/** 说明: the record's facts one per line, so the sheet reads like the PDF's sections 一 to 三 and 六, 七. */
function explanationRows(notice: DrawNotice): [string, string][] {
  return [
    ['标题', notice.title],
    ['发布单位', notice.officeName],
    ['发布日期', notice.publishedOn],
    ...notice.basis.map(({ source, quote }): [string, string] => [`依据 ${source}`, quote]),
    ['随机种子', notice.seed],
    ['种子 SHA-256', notice.seedHash],
    ['种子固定时间', notice.seedFixedAt],
    ...(notice.seedNote ? ([['种子说明', notice.seedNote]] as [string, string][]) : []),
    ['抽取时间', notice.drawnAt],
    ['抽取算法', notice.algorithm],
    ['检查对象名录 SHA-256', notice.institutionDirectory.hash],
    ['检查对象名录备案数', String(notice.institutionDirectory.count)],
    ['检查人员名录 SHA-256', notice.expertDirectory.hash],
    ['检查人员名录专家数', `${notice.expertDirectory.count}（在库 ${notice.expertDirectory.active}）`],
    ...notice.rules.map((rule, index): [string, string] => [`规则 ${index + 1}`, rule]),
    ...notice.notes.map((note, index): [string, string] => [`说明 ${index + 1}`, note]),
    ['核验方法', notice.verifyCommand],
    ['记录指纹', notice.fingerprint],
  ];
}

/** The draw notice as a workbook: 检查对象, 专家组, 回避记录 (every exclusion with its reasons), 说明. */
export function buildDrawNoticeWorkbook(notice: DrawNotice): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.title = notice.title;
  addNoticeSheet(workbook, '检查对象', OBJECT_COLUMNS, notice.objects);
  addNoticeSheet(workbook, '专家组', PANEL_COLUMNS, notice.objects);
  addNoticeSheet(workbook, '回避记录', RECUSAL_COLUMNS, notice.recusals);
  addNoticeSheet(
    workbook,
    '说明',
    [
      { header: '项目', width: 24, value: (row: [string, string]) => row[0] },
      { header: '内容', width: 100, value: (row: [string, string]) => row[1] },
    ],
    explanationRows(notice),
  );
  return workbook;
}
