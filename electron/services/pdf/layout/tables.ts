import type { Content, TableCell } from 'pdfmake/interfaces';
import { headerCell, textCell } from './cells';

export const THIN_GRID = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A ruled table whose header row repeats on every page and whose rows never split across pages. */
export function gridTable(headers: readonly string[], rows: TableCell[][], widths: (number | string)[], headerRowCount = 1): Content {
  const body = headerRowCount === 1 ? [headers.map((label) => headerCell(label)), ...rows] : rows;
  return { table: { headerRows: headerRowCount, dontBreakRows: true, widths, body }, layout: THIN_GRID };
}

/** Label | value pairs, two columns, for record fields (seed, hash…). */
export function fieldTable(fields: readonly [string, string][], labelWidth = 70): Content {
  return {
    table: {
      dontBreakRows: true,
      widths: [labelWidth, '*'],
      body: fields.map(([label, value]) => [textCell(label, { bold: true }), textCell(value)]),
    },
    layout: THIN_GRID,
  };
}
