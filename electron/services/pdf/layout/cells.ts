import type { TableCell } from 'pdfmake/interfaces';
import { formatPoints, type Hundredths } from '../../../../shared/domain/scoring/points';

export function headerCell(text: string, extra: Record<string, unknown> = {}): TableCell {
  return { text, style: 'tableHeader', ...extra };
}

export function textCell(text: string | null | undefined, extra: Record<string, unknown> = {}): TableCell {
  return { text: text ?? '', style: 'cell', ...extra };
}

export function centerCell(text: string | null | undefined, extra: Record<string, unknown> = {}): TableCell {
  return { text: text ?? '', style: 'centerCell', ...extra };
}

/** Points as printed on the forms: 92, 12.5, 0.4; blank when not scored. */
export function pointsText(value: Hundredths | null | undefined): string {
  return value === null || value === undefined ? '' : formatPoints(value);
}

/** pdfmake needs a placeholder cell under a rowSpan/colSpan. */
export const SPANNED: TableCell = {};

/** □ 是 as on the paper form, √ when ticked (Noto Sans SC has no ☑ glyph). */
export function checkbox(label: string, checked: boolean): string {
  return `${checked ? '√' : '□'} ${label}`;
}
