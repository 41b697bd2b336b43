import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatPoints } from '../../../../shared/domain/scoring/points';
import type { ItemResult, ScoreResult } from '../../../../shared/domain/scoring/result';
import type { Item, PrintColumnKey, Section, Template } from '../../../../shared/domain/templates/types';
import { SPANNED, centerCell, headerCell, pointsText, textCell } from '../layout/cells';
import { markRows, splitSpansAt } from '../layout/continued-spans';
import { chineseNumeral, columnWidths, contentWithId, hasGroupLevel } from './sheet-layout';

/** Columns whose identical consecutive texts are one merged cell on the official form. */
const MERGEABLE: ReadonlySet<PrintColumnKey> = new Set(['method', 'scoringRule']);

interface Row {
  sectionIndex: number;
  section: Section;
  groupIndex: number;
  groupItemCount: number;
  sectionItemCount: number;
  item: Item;
  firstInSection: boolean;
  firstInGroup: boolean;
}

/**
 * The scoring table in the template's column order; without a result, score cells stay empty (blank form). Merged
 * cells are split at the body rows that begin a new page, as far as the renderer has found them (continued-spans.ts).
 */
export function sheetTable(template: Template, result: ScoreResult | null, newPageRows: ReadonlySet<number> = new Set()): Content {
  const keys = template.layout.columns.map((column) => column.key);
  const rows = flattenRows(template);
  const itemResults = new Map((result?.items ?? []).map((item) => [item.itemId, item]));
  const body: TableCell[][] = [...headerRows(template)];
  const headerCount = body.length;

  rows.forEach((row, index) => {
    body.push(keys.map((key) => bodyCell(key, row, index, rows, template, itemResults.get(row.item.id))));
  });
  body.push(...penaltyRows(template, result, keys.length));
  // A form with a 评估项目 level answers its vetoes in their own table below the form (veto-table.ts).
  if (!hasGroupLevel(template)) body.push(...vetoRows(template, result, keys.length));
  body.push(totalRow(template, result, keys));
  splitSpansAt(body, headerCount, newPageRows);
  markRows(body, headerCount);

  return {
    table: { headerRows: headerCount, dontBreakRows: true, widths: columnWidths(keys), body },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
}

function flattenRows(template: Template): Row[] {
  const rows: Row[] = [];
  template.sections.forEach((section, sectionIndex) => {
    const sectionItemCount = section.groups.reduce((sum, group) => sum + group.items.length, 0);
    section.groups.forEach((group, groupIndex) => {
      group.items.forEach((item, itemIndex) => {
        rows.push({
          sectionIndex,
          section,
          groupIndex,
          groupItemCount: group.items.length,
          sectionItemCount,
          item,
          firstInSection: groupIndex === 0 && itemIndex === 0,
          firstInGroup: itemIndex === 0,
        });
      });
    });
  });
  return rows;
}

function headerRows(template: Template): TableCell[][] {
  const { columns, columnGroups } = template.layout;
  const labels = columns.map((column) => headerCell(column.label));
  if (columnGroups.length === 0) return [labels];
  const groupRow: TableCell[] = [];
  let covered = 0;
  for (const group of columnGroups) {
    groupRow.push(headerCell(group.label, { colSpan: group.span }));
    for (let i = 1; i < group.span; i++) groupRow.push(SPANNED);
    covered += group.span;
  }
  // Columns the groups leave out keep one header cell spanning both header rows.
  for (let i = covered; i < columns.length; i++) groupRow.push(headerCell(columns[i]?.label ?? '', { rowSpan: 2 }));
  return [groupRow, labels];
}

function sectionLabel(template: Template, section: Section, index: number): string {
  const max = `${formatPoints(section.declaredMax)}分`;
  return hasGroupLevel(template) ? `${section.title}\n(${max})` : `${chineseNumeral(index)}. ${section.title}(${max})`;
}

/** Rows after the sections carry on their numbering (五. 倒扣分情况), bare where the sections print unnumbered. */
function numbered(template: Template, index: number, label: string): string {
  return hasGroupLevel(template) ? label : `${chineseNumeral(index)}. ${label}`;
}

function bodyCell(key: PrintColumnKey, row: Row, index: number, rows: readonly Row[], template: Template, result: ItemResult | undefined): TableCell {
  const { item } = row;
  switch (key) {
    case 'section':
      return row.firstInSection ? centerCell(sectionLabel(template, row.section, row.sectionIndex), { rowSpan: row.sectionItemCount }) : SPANNED;
    case 'group': {
      if (!row.firstInGroup) return SPANNED;
      const group = row.section.groups[row.groupIndex];
      const max = group?.declaredMax === null || group?.declaredMax === undefined ? '' : `\n(${formatPoints(group.declaredMax)}分)`;
      return centerCell(`${group?.title ?? ''}${max}`, { rowSpan: row.groupItemCount });
    }
    case 'content':
      return textCell(contentWithId(item.id, item.content));
    case 'method':
    case 'scoringRule':
      return mergedTextCell(key, index, rows);
    case 'maxPoints':
      return centerCell(formatPoints(item.maxPoints));
    case 'selfScore':
      return centerCell(pointsText(result?.selfScore));
    case 'inspectorScore':
      return centerCell(result?.status === 'scored' ? pointsText(result.points) : '');
  }
}

function columnText(key: PrintColumnKey, item: Item): string {
  return (key === 'method' ? item.method : item.scoringRule) ?? '';
}

/** Identical texts on consecutive rows of one section print once, spanning those rows (as on the paper form). */
function mergedTextCell(key: PrintColumnKey, index: number, rows: readonly Row[]): TableCell {
  const row = rows[index] as Row;
  const text = columnText(key, row.item);
  const previous = rows[index - 1];
  const continues = (other: Row | undefined) =>
    other !== undefined && other.sectionIndex === row.sectionIndex && text !== '' && columnText(key, other.item) === text;
  if (MERGEABLE.has(key) && continues(previous)) return SPANNED;
  let span = 1;
  while (MERGEABLE.has(key) && continues(rows[index + span])) span++;
  return textCell(text, span > 1 ? { rowSpan: span } : {});
}

function penaltyRows(template: Template, result: ScoreResult | null, width: number): TableCell[][] {
  const offset = template.sections.length;
  // The label fills the columns before 评估内容, so the penalty's own text sits under it (one column on Shandong 附件2).
  const labelSpan = Math.max(
    1,
    template.layout.columns.findIndex((column) => column.key === 'content'),
  );
  return template.penalties.map((penalty, index) => {
    const found = result?.penalties.find((p) => p.penaltyId === penalty.id);
    const score = found && found.count > 0 ? `-${formatPoints(found.deducted)}\n(${found.count}次)` : found ? '0' : '';
    const label = [centerCell(numbered(template, offset + index, '倒扣分情况'), labelSpan > 1 ? { colSpan: labelSpan } : {})];
    for (let i = 1; i < labelSpan; i++) label.push(SPANNED);
    return fitRow(width, [...label, textCell(penalty.content), textCell(penalty.scoringRule)], score);
  });
}

function vetoRows(template: Template, result: ScoreResult | null, width: number): TableCell[][] {
  const offset = template.sections.length + template.penalties.length;
  return template.vetoes.map((veto, index) => {
    const answer = result?.vetoes.find((v) => v.vetoId === veto.id)?.answer ?? '';
    const first = index === 0 ? centerCell(`${chineseNumeral(offset)}. 一票否决情况`, { rowSpan: template.vetoes.length }) : SPANNED;
    return fitRow(width, [first, textCell(contentWithId(veto.id, veto.text)), textCell('1. 是 2. 否')], answer);
  });
}

/** The leading cells, empty middle cells, the app's value in the last column. */
function fitRow(width: number, leading: TableCell[], last: string): TableCell[] {
  const cells = leading.slice(0, width - 1);
  while (cells.length < width - 1) cells.push(centerCell(''));
  cells.push(centerCell(last, { bold: true }));
  return cells;
}

function totalRow(template: Template, result: ScoreResult | null, keys: readonly PrintColumnKey[]): TableCell[] {
  const labelSpan = keys.findIndex((key) => key === 'maxPoints' || key === 'selfScore' || key === 'inspectorScore');
  const span = labelSpan <= 0 ? keys.length - 1 : labelSpan;
  const cells: TableCell[] = [centerCell('合计', { colSpan: span, bold: true })];
  for (let i = 1; i < span; i++) cells.push(SPANNED);
  for (const key of keys.slice(span)) {
    if (key === 'maxPoints') cells.push(centerCell(result ? formatPoints(result.maximum) : formatPoints(maximumOf(template)), { bold: true }));
    else if (key === 'selfScore') cells.push(centerCell(pointsText(result?.selfTotal), { bold: true }));
    else if (key === 'inspectorScore')
      cells.push(centerCell(result?.complete ? formatPoints(result.total) : result ? `${formatPoints(result.total)}*` : '', { bold: true }));
    else cells.push(centerCell(''));
  }
  return cells;
}

function maximumOf(template: Template): number {
  let sum = 0;
  for (const section of template.sections) for (const group of section.groups) for (const item of group.items) sum += item.maxPoints;
  return sum;
}
