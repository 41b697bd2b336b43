import type { TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { CONTINUED_SUFFIX, markRows, markedRowCount, rowsStartingPages, splitSpansAt } from '../../../electron/services/pdf/layout/continued-spans';
import { rowOfId } from '../../../electron/services/pdf/sheet-row-ids';

const SPANNED = {};

/** Header row, then six body rows: 类别 spans all six, 项目 spans rows 0–2 and 3–5. */
function table(): TableCell[][] {
  const body: TableCell[][] = [[{ text: '评估类别' }, { text: '评估项目' }, { text: '评估内容' }]];
  for (let row = 0; row < 6; row++) {
    body.push([
      row === 0 ? { text: '内部管理', rowSpan: 6 } : SPANNED,
      row === 0 ? { text: '岗位设置', rowSpan: 3 } : row === 3 ? { text: '财务管理', rowSpan: 3 } : SPANNED,
      { text: `2.${row}` },
    ]);
  }
  return body;
}

const cell = (body: TableCell[][], row: number, column: number) => body[row + 1]?.[column] as Record<string, unknown>;

describe('merged cells continued on a new page (continued-spans.ts)', () => {
  it('leaves the table alone when no row begins a page', () => {
    const body = table();
    splitSpansAt(body, 1, new Set());
    expect(body).toEqual(table());
  });

  it('splits every merged cell a page start falls inside, the continuation repeating its text marked （续）', () => {
    const body = table();
    splitSpansAt(body, 1, new Set([2]));
    expect(cell(body, 0, 0)).toEqual({ text: '内部管理', rowSpan: 2 });
    expect(cell(body, 2, 0)).toEqual({ text: `内部管理${CONTINUED_SUFFIX}`, rowSpan: 4 });
    expect(cell(body, 0, 1)).toEqual({ text: '岗位设置', rowSpan: 2 });
    expect(cell(body, 2, 1)).toEqual({ text: `岗位设置${CONTINUED_SUFFIX}` });
    // 财务管理 starts on the new page's second row: not continued.
    expect(cell(body, 3, 1)).toEqual({ text: '财务管理', rowSpan: 3 });
    expect(cell(body, 2, 2)).toEqual({ text: '2.2' });
  });

  it('splits one merged cell at each page it runs onto', () => {
    const body = table();
    splitSpansAt(body, 1, new Set([2, 5]));
    expect([0, 2, 5].map((row) => cell(body, row, 0))).toEqual([
      { text: '内部管理', rowSpan: 2 },
      { text: `内部管理${CONTINUED_SUFFIX}`, rowSpan: 3 },
      { text: `内部管理${CONTINUED_SUFFIX}${CONTINUED_SUFFIX}` },
    ]);
  });

  it('does not split at a page start on a merged cell’s first row', () => {
    const body = table();
    splitSpansAt(body, 1, new Set([3]));
    expect(cell(body, 3, 1)).toEqual({ text: '财务管理', rowSpan: 3 });
    expect(cell(body, 0, 1)).toEqual({ text: '岗位设置', rowSpan: 3 });
  });

  it('marks one printed cell per body row and counts the marks anywhere in a document', () => {
    const body = table();
    body.push([{ text: '' }, { text: '合计', colSpan: 2 }, SPANNED]);
    markRows(body, 1);
    expect(body.slice(1).map((row) => rowOfId((row.find((c) => (c as { id?: string }).id) as { id?: string } | undefined)?.id))).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    expect(cell(body, 6, 1).id).toBeDefined();
    expect(markedRowCount([{ text: 'x' }, { stack: [{ table: { body } }] }])).toBe(7);
    expect(rowOfId('other-id')).toBeNull();
  });

  it('finds the rows that begin a page from each row’s page', () => {
    expect(
      rowsStartingPages(
        new Map([
          [0, 1],
          [1, 1],
          [2, 2],
          [3, 2],
          [4, 3],
        ]),
      ),
    ).toEqual(new Set([2, 4]));
    expect(
      rowsStartingPages(
        new Map([
          [0, 1],
          [1, 1],
        ]),
      ),
    ).toEqual(new Set());
  });
});
