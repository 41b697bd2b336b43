import type { Content, Node, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Parts both 一公开 notices print: the issuer line under the title, the basis quoted, and the issuer at the end. */

export function issuerLine(officeName: string, publishedOn: string): Content {
  return { text: `发布单位：${officeName}    发布日期：${publishedOn}`, style: 'subtitle' };
}

export function basisBlock(basis: readonly { source: string; quote: string }[]): Content {
  return {
    stack: basis.map(({ source, quote }) => ({ text: [{ text: `${source}：`, bold: true }, `“${quote}”`], margin: [0, 0, 0, 3] })),
    margin: [0, 0, 0, 4],
  };
}

export function issuerBlock(officeName: string, publishedOn: string): Content {
  return {
    stack: [
      { text: officeName, alignment: 'right', fontSize: 10.5 },
      { text: publishedOn, alignment: 'right', fontSize: 10.5 },
    ],
    margin: [0, 18, 0, 0],
    unbreakable: true,
  };
}

/** 张三（ZJ0001）: a panel member as published, by name and 专家编号 (never an ID number). */
export const expertText = (expert: { code: string; name: string }): string => `${expert.name}（${expert.code}）`;

/** A section heading (一、依据 …) that never ends a page on its own (see keepHeadingsWithContent). */
export const sectionHeading = (text: string): Content => ({ text, style: 'sectionHeading', headlineLevel: 1 });

/** Below this share of the page's height a heading starts the next page, so it stands above its table's first rows. */
const HEADING_LOWEST_RATIO = 0.85;

/** The notice with its headings kept with what follows them. */
export function keepHeadingsWithContent(doc: TDocumentDefinitions): TDocumentDefinitions {
  return { ...doc, pageBreakBefore: (node: Node) => node.headlineLevel === 1 && node.startPosition.verticalRatio > HEADING_LOWEST_RATIO };
}
