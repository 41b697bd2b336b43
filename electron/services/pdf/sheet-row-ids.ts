/**
 * One printed cell of each body row of the scoring table gets the id `sheet-row-<row>` (layout/continued-spans.ts).
 * pdfmake hands ids to pageBreakBefore and, unlike a node's other fields, keeps an id'd node's page right when a whole
 * row moves to the next page (dontBreakRows). These ids are for that only, not link targets: with the speed-ups
 * installed no named destination is written for them (patches/direct-drawing.ts). Here, apart from both, so the
 * drawing patch does not depend on the table layout.
 */
const ROW_ID = 'sheet-row-';

export function sheetRowId(row: number): string {
  return `${ROW_ID}${row}`;
}

export function rowOfId(id: unknown): number | null {
  return typeof id === 'string' && id.startsWith(ROW_ID) ? Number(id.slice(ROW_ID.length)) : null;
}
