import type { TableCell } from 'pdfmake/interfaces';
import { rowOfId, sheetRowId } from '../sheet-row-ids';

/**
 * A merged cell (评估类别, 评估项目, a shared 评估办法…) prints its text once, in its first row. When the table breaks
 * to a new page inside it, the rows on the new page would show an empty cell: the reader of page 2 could not tell
 * which category 2.3.3 belongs to. The renderer learns on which rows a new page starts (see render-report.ts) and the
 * table is built again with those merged cells split there, the continuation repeating the text marked （续）.
 */

export const CONTINUED_SUFFIX = '\n（续）';

type Cell = Record<string, unknown>;

/** Splits every row-spanning body cell at the rows (body indexes, header rows not counted) that begin a new page. */
export function splitSpansAt(body: TableCell[][], headerRows: number, newPageRows: ReadonlySet<number>): void {
  if (newPageRows.size === 0) return;
  for (let row = headerRows; row < body.length; row++) {
    const cells = body[row] as TableCell[];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column] as Cell;
      const span = typeof cell.rowSpan === 'number' ? cell.rowSpan : 1;
      for (let offset = 1; offset < span; offset++) {
        const continued = row + offset;
        if (!newPageRows.has(continued - headerRows)) continue;
        cell.rowSpan = offset;
        const rest = span - offset;
        const continuation: Cell = {
          ...cell,
          text: typeof cell.text === 'string' && cell.text !== '' ? `${cell.text}${CONTINUED_SUFFIX}` : cell.text,
        };
        if (rest > 1) continuation.rowSpan = rest;
        else delete continuation.rowSpan;
        (body[continued] as TableCell[])[column] = continuation as TableCell;
        break;
      }
      if (cell.rowSpan === 1) delete cell.rowSpan;
    }
  }
}

/** Marks one printed cell of each body row (sheet-row-ids.ts) so pageBreakBefore reports the row's page (empty texts are not reported). */
export function markRows(body: TableCell[][], headerRows: number): void {
  for (let row = headerRows; row < body.length; row++) {
    const cell = (body[row] as Cell[]).find((candidate) => typeof candidate.text === 'string' && candidate.text !== '');
    if (cell) cell.id = sheetRowId(row - headerRows);
  }
}

/** How many marked rows a document's content holds. */
export function markedRowCount(content: unknown): number {
  if (Array.isArray(content)) return content.reduce((sum: number, child: unknown) => sum + markedRowCount(child), 0);
  if (typeof content !== 'object' || content === null) return 0;
  const node = content as Cell;
  let count = rowOfId(node.id) === null ? 0 : 1;
  if (node.stack) count += markedRowCount(node.stack);
  if (node.columns) count += markedRowCount(node.columns);
  if (node.table) count += markedRowCount((node.table as { body: unknown }).body);
  return count;
}

/** The rows that begin a new page, given each marked row's page. */
export function rowsStartingPages(pages: ReadonlyMap<number, number>): Set<number> {
  const starts = new Set<number>();
  for (const [row, page] of pages) {
    const previous = pages.get(row - 1);
    if (previous !== undefined && page > previous) starts.add(row);
  }
  return starts;
}
