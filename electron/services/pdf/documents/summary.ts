import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintOf } from '../fingerprint';
import { SPANNED, centerCell, headerCell, pointsText, textCell } from '../layout/cells';
import { reportDocument } from '../layout/page';
import { THIN_GRID } from '../layout/tables';
import { chineseCount, chineseNumeral } from '../layout/chinese-numerals';
import { DEFAULT_SUMMARY_LAYOUT } from '../layout/summary-layout';
import type { SummaryColumn, SummaryModel, SummaryRow, SummaryYear } from '../model/summary';

/**
 * 评估意见汇总表 (as 阳人社函〔2023〕221号 附件4): √ in one of the form's opinion columns (one per outcome category its
 * rules decide), the score in the last column.
 */
export function summaryDocument(model: SummaryModel): TDocumentDefinitions {
  const layout = model.layout ?? DEFAULT_SUMMARY_LAYOUT;
  const { columns } = layout;
  const numbered = (index: number) => headerCell(`（${chineseNumeral(index)}）`);
  const header: TableCell[][] = [
    [
      ...['备案年度', '序号', '机构名称', '机构备案号', '机构类别'].map((label) => headerCell(label, { rowSpan: 3 })),
      headerCell('评估意见', { colSpan: columns.length + 1 }),
      ...columns.map(() => SPANNED),
    ],
    [SPANNED, SPANNED, SPANNED, SPANNED, SPANNED, ...columns.map((_, index) => numbered(index)), numbered(columns.length)],
    [
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      SPANNED,
      ...columns.map((column) => headerCell(column.heading, { fontSize: 7 })),
      headerCell(layout.scoreHeading, { fontSize: 7 }),
    ],
  ];
  const body = [
    ...header,
    ...model.years.flatMap((year) => yearRows(year, columns)),
    totalRow(
      '合计',
      model.years.flatMap((year) => year.rows),
      5,
      columns,
    ),
  ];
  return reportDocument({
    title: model.title,
    fingerprint: fingerprintOf(model),
    orientation: 'landscape',
    content: [
      ...(layout.attachment ? [{ text: layout.attachment, style: 'attachmentNo' }] : []),
      { text: model.title, style: 'title' },
      { text: [{ text: '市人社局：', bold: true }, `${model.office}（签章）`], margin: [0, 0, 0, 6] },
      { table: { headerRows: 3, dontBreakRows: true, widths: [52, 26, '*', 80, 70, ...columns.map(() => 46), 52], body }, layout: THIN_GRID },
      {
        text: `备注：1、机构类别指评价机构属自主评价企业或自主评价院校或社会培训评价组织；\n2、各备案机构的评估意见在对应的${chineseCount(columns.length)}类情况之一中打“√”。`,
        style: 'note',
        margin: [0, 6, 0, 0],
      },
    ],
  });
}

function yearRows(year: SummaryYear, columns: readonly SummaryColumn[]): TableCell[][] {
  const span = year.rows.length + 1;
  const rows = year.rows.map((row, index): TableCell[] => [
    index === 0 ? centerCell(`${year.filingYear}年度备案的机构`, { rowSpan: span }) : SPANNED,
    centerCell(String(index + 1)),
    textCell(row.institutionName),
    centerCell(row.filingNo),
    centerCell(row.kindLabel),
    ...opinionCells(row, columns),
  ]);
  const subtotal = totalRow('小计', year.rows, 4, columns);
  return year.rows.length === 0 ? [[centerCell(`${year.filingYear}年度备案的机构`), ...subtotal]] : [...rows, [SPANNED, ...subtotal]];
}

function opinionCells(row: SummaryRow, columns: readonly SummaryColumn[]): TableCell[] {
  return [...columns.map((column) => centerCell(row.opinion === column.category ? '√' : '')), centerCell(pointsText(row.score))];
}

/** 小计 / 合计: how many institutions fall in each opinion column. */
function totalRow(label: string, rows: readonly SummaryRow[], labelSpan: number, columns: readonly SummaryColumn[]): TableCell[] {
  const cells: TableCell[] = [centerCell(label, { colSpan: labelSpan, bold: true })];
  for (let i = 1; i < labelSpan; i++) cells.push(SPANNED);
  for (const column of columns) cells.push(centerCell(String(rows.filter((row) => row.opinion === column.category).length), { bold: true }));
  cells.push(centerCell(''));
  return cells;
}
