import type { Content, PageOrientation, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY } from '../fonts';
import { inlineNamedStyles } from './inline-styles';

const MM = 72 / 25.4;

/**
 * A4 with a wide inner margin for binding (左侧装订): 28 mm left in portrait, top in landscape, where
 * the sheets are stapled; 15 mm elsewhere, 18 mm at the bottom for the footer.
 */
export function bindingMargins(orientation: PageOrientation): [number, number, number, number] {
  return orientation === 'portrait' ? [28 * MM, 15 * MM, 15 * MM, 18 * MM] : [15 * MM, 22 * MM, 15 * MM, 18 * MM];
}

export interface PageOptions {
  title: string;
  fingerprint: string;
  orientation?: PageOrientation;
  content: Content[];
}

/** Every report page: A4, Noto Sans SC, footer 报告指纹 … 第 x 页 共 y 页. */
export function reportDocument({ title, fingerprint, orientation = 'portrait', content }: PageOptions): TDocumentDefinitions {
  const margins = bindingMargins(orientation);
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: margins,
    info: { title, creator: '技能评价现场核查', producer: '技能评价现场核查' },
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, lineHeight: 1.15 },
    content: inlineNamedStyles(content, REPORT_STYLES),
    footer: (currentPage, pageCount) => ({
      margin: [margins[0], 6 * MM, margins[2], 0],
      columns: [
        { text: `报告指纹 ${fingerprint}`, fontSize: 7.5, color: '#444444' },
        { text: `第 ${currentPage} 页 共 ${pageCount} 页`, alignment: 'right', fontSize: 8 },
      ],
    }),
  };
}

/** Named styles of the reports; inlined into the nodes before layout (see inlineNamedStyles). */
export const REPORT_STYLES: Record<string, Record<string, unknown>> = {
  attachmentNo: { fontSize: 10, margin: [0, 0, 0, 4] },
  title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
  subtitle: { fontSize: 9, alignment: 'center', color: '#333333', margin: [0, 0, 0, 8] },
  sectionHeading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
  tableHeader: { bold: true, alignment: 'center', fontSize: 9 },
  cell: { fontSize: 8.5 },
  centerCell: { fontSize: 8.5, alignment: 'center' },
  note: { fontSize: 8, color: '#333333' },
  warning: { fontSize: 8.5, color: '#8a1c1c' },
};
