import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, FONT_FILES } from '../../../electron/services/pdf/fonts';
import { nodeHtml, textCss, type HtmlOptions } from './node-html';

// pdfmake document definitions → an HTML page and a page.pdf footerTemplate, for timing Chromium on exactly the
// content we lay out. Bench only: the app never renders reports through a browser.

export interface ChromiumDocument {
  html: string;
  /** For page.pdf({ displayHeaderFooter: true, footerTemplate }): the definition's footer, with Chromium's page numbers. */
  footerTemplate: string;
}

// Page numbers no report prints, so the footer function's output can be searched for them.
const PAGE = 987_654_321;
const PAGES = 987_654_322;

/**
 * One HTML for the given definitions, each after a page break. Page size, margins, default style and footer are
 * the first definition's (ours share them).
 */
export function documentHtml(definitions: readonly TDocumentDefinitions[], fontDir: string): ChromiumDocument {
  const [first] = definitions;
  if (!first) throw new Error('document-html: no document');
  const options: HtmlOptions = { fontLineHeight: fontLineHeight(join(fontDir, FONT_FILES.normal)) };
  const rootCss = textCss({ ...first.defaultStyle }, options).join(';');
  const body = definitions
    .map((definition, i) => `<div${i > 0 ? ' style="break-before:page"' : ''}>${nodeHtml(definition.content, options)}</div>`)
    .join('');
  const [left, top, right, bottom] = pageMargins(first.pageMargins);
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${fontFaces(fontDir)}
@page { size: ${pageSize(first)}; margin: ${top}pt ${right}pt ${bottom}pt ${left}pt; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; ${rootCss} }
.t { white-space: pre-wrap; overflow-wrap: break-word; }
table { border-collapse: collapse; }
td { vertical-align: top; border: solid #000; border-width: var(--h) var(--v); }
.keep { break-inside: avoid; }
</style></head><body>${body}</body></html>`;
  return { html, footerTemplate: footerTemplate(first, options, rootCss, bottom) };
}

/** The footer function's own nodes, with the numbers replaced by Chromium's pageNumber / totalPages fields. */
function footerTemplate(definition: TDocumentDefinitions, options: HtmlOptions, rootCss: string, height: number): string {
  const footer = definition.footer;
  const content = (typeof footer === 'function' ? footer(PAGE, PAGES, { width: 0, height: 0, orientation: 'portrait' }) : footer) as
    Content | null | undefined;
  if (!content) return '<div></div>';
  const html = nodeHtml(content, options)
    .replaceAll(String(PAGE), '<span class="pageNumber"></span>')
    .replaceAll(String(PAGES), '<span class="totalPages"></span>');
  // Templates see none of the page's styles: fonts and default style again; the box is the page's bottom margin.
  return `<style>${fontFaces()} .t { white-space: pre-wrap; }</style><div style="width:100%;height:${height}pt;${rootCss}">${html}</div>`;
}

/**
 * local() first: documents set with page.setContent (about:blank) may not load file: URLs, and footer templates load
 * nothing; Chromium finds the faces by name when build/fonts is in its fontconfig path (see chromium-print.ts).
 */
function fontFaces(fontDir?: string): string {
  const face = (weight: string, file: string) => {
    const url = fontDir ? `, url('${pathToFileURL(join(fontDir, file)).href}')` : '';
    return `@font-face { font-family: '${FONT_FAMILY}'; font-weight: ${weight}; src: local('${file.replace(/\.ttf$/, '')}')${url}; }`;
  };
  return face('normal', FONT_FILES.normal) + face('bold', FONT_FILES.bold);
}

function pageSize(definition: TDocumentDefinitions): string {
  const size = definition.pageSize ?? 'A4';
  const orientation = definition.pageOrientation ?? 'portrait';
  return typeof size === 'string' ? `${size} ${orientation}` : `${size.width}pt ${size.height === 'auto' ? 'auto' : `${size.height}pt`}`;
}

function pageMargins(margins: TDocumentDefinitions['pageMargins']): [number, number, number, number] {
  if (margins === undefined) return [40, 40, 40, 40]; // pdfmake's default
  if (typeof margins === 'number') return [margins, margins, margins, margins];
  if (margins.length === 2) return [margins[0], margins[1], margins[0], margins[1]];
  return margins;
}

/** The font's line as a multiple of its size, as pdfkit measures it: (hhea ascender − descender) / unitsPerEm. */
function fontLineHeight(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const read = (position: number, length: number) => {
      const bytes = Buffer.alloc(length);
      readSync(fd, bytes, 0, length, position);
      return bytes;
    };
    const tables = read(4, 2).readUInt16BE(0);
    const directory = read(12, tables * 16);
    const offset = (tag: string) => {
      for (let i = 0; i < tables; i++) if (directory.toString('latin1', i * 16, i * 16 + 4) === tag) return directory.readUInt32BE(i * 16 + 8);
      throw new Error(`document-html: ${file} has no ${tag} table`);
    };
    const unitsPerEm = read(offset('head') + 18, 2).readUInt16BE(0);
    const hhea = read(offset('hhea') + 4, 4);
    return (hhea.readInt16BE(0) - hhea.readInt16BE(2)) / unitsPerEm;
  } finally {
    closeSync(fd);
  }
}
