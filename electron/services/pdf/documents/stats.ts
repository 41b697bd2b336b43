import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintOf } from '../fingerprint';
import { SPANNED, centerCell, headerCell, textCell } from '../layout/cells';
import { headerFields } from '../layout/header-fields';
import { reportDocument } from '../layout/page';
import { THIN_GRID } from '../layout/tables';
import { SUBSIDY_NOT_RECORDED_NOTE, subsidyNotRecorded, type StatisticsRow } from '../../../../shared/export/statistics-rows';
import type { StatsModel } from '../model/stats';

const HEADER_FIELDS = ['机构名称（签章）', '机构备案号', '机构类别', '备案时间'];

/** 职业技能等级认定机构工作情况统计表 (阳人社函〔2023〕221号 附件2), landscape, three header rows as printed. */
export function statsDocument(model: StatsModel): TDocumentDefinitions {
  const header: TableCell[][] = [
    [
      headerCell('序号', { rowSpan: 3 }),
      headerCell('职业名称', { rowSpan: 3 }),
      headerCell('职业代码', { rowSpan: 3 }),
      headerCell('工种/职业方向', { rowSpan: 3 }),
      headerCell('组织认定', { colSpan: 2 }),
      SPANNED,
      headerCell('评价情况', { colSpan: 6 }),
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      headerCell('领取补贴人数', { rowSpan: 3 }),
    ],
    [
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      headerCell('批次', { rowSpan: 2 }),
      headerCell('人次', { rowSpan: 2 }),
      headerCell('已发证人数', { colSpan: 6 }),
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
    ],
    [
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      headerCell('小计'),
      headerCell('初级'),
      headerCell('中级'),
      headerCell('高级'),
      headerCell('技师'),
      headerCell('高级技师'),
      SPANNED,
    ],
  ];
  // R-YQ-08: occupations not evaluated are listed with 0, never left blank.
  const rows = model.rows.map((row, index) => statsRow(row, index));
  const totals = totalRow(model.rows);
  return reportDocument({
    title: `职业技能等级认定机构工作情况统计表 — ${model.institution.name}`,
    fingerprint: fingerprintOf(model),
    orientation: 'landscape',
    content: [
      { text: '附件2', style: 'attachmentNo' },
      { text: '职业技能等级认定机构工作情况统计表', style: 'title' },
      headerFields(HEADER_FIELDS, model.institution),
      {
        table: {
          headerRows: 3,
          dontBreakRows: true,
          widths: [26, '*', 62, '*', 34, 38, 38, 34, 34, 34, 34, 40, 48],
          body: [...header, ...rows, totals],
        },
        layout: THIN_GRID,
      },
      {
        text: '备注：1、机构类别指评价机构属自主评价企业或自主评价院校或社会培训评价组织；2、职业名称要严格按照技能人才评价工作网上公示内容填写，没有开展评价的职业（工种），评价情况填写“0”。',
        style: 'note',
        margin: [0, 6, 0, 0],
      },
      ...(subsidyNotRecorded(model.rows)
        ? [{ text: SUBSIDY_NOT_RECORDED_NOTE, style: 'note', margin: [0, 2, 0, 0] as [number, number, number, number] }]
        : []),
    ],
  });
}

/** The row's numbers in column order: 批次, 人次, 小计, 初级…高级技师, 领取补贴人数 (null: not recorded, blank). */
function numbers(row: StatisticsRow): (number | null)[] {
  return [row.batches, row.persons, row.certifiedTotal, ...row.certifiedByLevel, row.subsidised];
}

function statsRow(row: StatisticsRow, index: number): TableCell[] {
  return [
    centerCell(String(index + 1)),
    textCell(row.occupationName),
    centerCell(row.occupationCode),
    textCell(row.workType),
    ...numbers(row).map((n) => centerCell(n === null ? '' : String(n))),
  ];
}

function totalRow(rows: readonly StatisticsRow[]): TableCell[] {
  // A column with a blank (not recorded) cell has no total either.
  const totals = rows.reduce<(number | null)[]>(
    (sum, row) => numbers(row).map((n, i) => (n === null || sum[i] === null ? null : n + (sum[i] ?? 0))),
    [],
  );
  const columns = totals.length > 0 ? totals : Array.from({ length: 9 }, () => 0);
  return [
    centerCell('合计', { colSpan: 4, bold: true }),
    SPANNED,
    SPANNED,
    SPANNED,
    ...columns.map((n) => centerCell(n === null ? '' : String(n), { bold: true })),
  ];
}
