import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintOf } from '../fingerprint';
import { SPANNED, centerCell, headerCell, pointsText, textCell } from '../layout/cells';
import { reportDocument } from '../layout/page';
import { THIN_GRID } from '../layout/tables';
import type { OpinionColumn, SummaryModel, SummaryRow, SummaryYear } from '../model/summary';

/** 附件4 columns (一)–(五) with their printed explanations; (六) is the score. */
const OPINIONS: readonly { key: OpinionColumn; no: string; text: string }[] = [
  { key: 'terminate', no: '（一）', text: '需终止备案的机构（涉及2020年、2021年备案的）' },
  { key: 'renew', no: '（二）', text: '同意延续备案的机构（只涉及2020年备案的）' },
  { key: 'defer', no: '（三）', text: '暂时不予延续备案机构（只涉及2020年备案的）' },
  { key: 'suspend', no: '（四）', text: '暂停评价活动的机构（只涉及2021年备案的）' },
  { key: 'normal', no: '（五）', text: '正常评价的机构（只涉及2021年备案的）' },
];

/** 评估意见汇总表 (阳人社函〔2023〕221号 附件4): √ in one of five opinion columns, score in (六). */
export function summaryDocument(model: SummaryModel): TDocumentDefinitions {
  const header: TableCell[][] = [
    [
      ...['备案年度', '序号', '机构名称', '机构备案号', '机构类别'].map((label) => headerCell(label, { rowSpan: 3 })),
      headerCell('评估意见', { colSpan: 6 }),
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
    ],
    [SPANNED, SPANNED, SPANNED, SPANNED, SPANNED, ...OPINIONS.map((o) => headerCell(o.no)), headerCell('（六）')],
    [
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      ...OPINIONS.map((o) => headerCell(o.text, { fontSize: 7 })),
      headerCell('评估得分（涉及2020年、2021年备案的）', { fontSize: 7 }),
    ],
  ];
  const body = [
    ...header,
    ...model.years.flatMap(yearRows),
    totalRow(
      '合计',
      model.years.flatMap((year) => year.rows),
      5,
    ),
  ];
  return reportDocument({
    title: model.title,
    fingerprint: fingerprintOf(model),
    orientation: 'landscape',
    content: [
      { text: '附件4', style: 'attachmentNo' },
      { text: model.title, style: 'title' },
      { text: [{ text: '市人社局：', bold: true }, `${model.office}（签章）`], margin: [0, 0, 0, 6] },
      { table: { headerRows: 3, dontBreakRows: true, widths: [52, 26, '*', 80, 70, 46, 46, 46, 46, 46, 52], body }, layout: THIN_GRID },
      {
        text: '备注：1、机构类别指评价机构属自主评价企业或自主评价院校或社会培训评价组织；\n2、各备案机构的评估意见在对应的五类情况之一中打“√”。',
        style: 'note',
        margin: [0, 6, 0, 0],
      },
    ],
  });
}

function yearRows(year: SummaryYear): TableCell[][] {
  const span = year.rows.length + 1;
  const rows = year.rows.map((row, index): TableCell[] => [
    index === 0 ? centerCell(`${year.filingYear}年度备案的机构`, { rowSpan: span }) : SPANNED,
    centerCell(String(index + 1)),
    textCell(row.institutionName),
    centerCell(row.filingNo),
    centerCell(row.kindLabel),
    ...opinionCells(row),
  ]);
  const subtotal = totalRow('小计', year.rows, 4);
  return year.rows.length === 0 ? [[centerCell(`${year.filingYear}年度备案的机构`), ...subtotal]] : [...rows, [SPANNED, ...subtotal]];
}

function opinionCells(row: SummaryRow): TableCell[] {
  return [...OPINIONS.map((o) => centerCell(row.opinion === o.key ? '√' : '')), centerCell(pointsText(row.score))];
}

/** 小计 / 合计: how many institutions fall in each opinion column. */
function totalRow(label: string, rows: readonly SummaryRow[], labelSpan: number): TableCell[] {
  const cells: TableCell[] = [centerCell(label, { colSpan: labelSpan, bold: true })];
  for (let i = 1; i < labelSpan; i++) cells.push(SPANNED);
  for (const opinion of OPINIONS) cells.push(centerCell(String(rows.filter((row) => row.opinion === opinion.key).length), { bold: true }));
  cells.push(centerCell(''));
  return cells;
}
