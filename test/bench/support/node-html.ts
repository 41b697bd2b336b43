// pdfmake content nodes → HTML, so Chromium lays out the very nodes our PDF worker lays out (bench only).
// Covers the node kinds our document builders use; any other kind throws rather than being silently dropped.

type Node = Record<string, unknown>;
type LayoutFn = (index: number, node: Node) => number;
type Layout = Record<'hLineWidth' | 'vLineWidth' | 'paddingLeft' | 'paddingRight' | 'paddingTop' | 'paddingBottom', LayoutFn>;

/** pdfmake's defaultTableLayout, for the functions a table's layout leaves out (e.g. padding 4/2 on the veto table). */
const DEFAULT_LAYOUT: Layout = {
  hLineWidth: () => 1,
  vLineWidth: () => 1,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** CSS line-height is a multiple of the font size; pdfmake's is a multiple of the font's own line (ascent − descent). */
export interface HtmlOptions {
  fontLineHeight: number;
}

/** Inheritable text properties; CSS inherits them to children exactly as pdfmake does. */
export function textCss(node: Node, options: HtmlOptions): string[] {
  const css: string[] = [];
  if (typeof node.font === 'string') css.push(`font-family:'${node.font}'`);
  if (typeof node.fontSize === 'number') css.push(`font-size:${node.fontSize}pt`);
  if (typeof node.bold === 'boolean') css.push(`font-weight:${node.bold ? 'bold' : 'normal'}`);
  if (typeof node.italics === 'boolean') css.push(`font-style:${node.italics ? 'italic' : 'normal'}`);
  if (typeof node.color === 'string') css.push(`color:${node.color}`);
  if (typeof node.lineHeight === 'number') css.push(`line-height:${node.lineHeight * options.fontLineHeight}`);
  return css;
}

/** pdfmake margins as CSS padding: margins of pdfmake siblings add up, CSS margins would collapse. */
function marginCss(margin: unknown): string[] {
  if (margin === undefined) return [];
  const m = typeof margin === 'number' ? [margin, margin, margin, margin] : (margin as number[]);
  const [left = 0, top = 0, right = left, bottom = top] = m;
  return [`padding:${top}pt ${right}pt ${bottom}pt ${left}pt`];
}

function blockCss(node: Node, options: HtmlOptions): string[] {
  const css = [...textCss(node, options), ...marginCss(node.margin)];
  if (typeof node.alignment === 'string') css.push(`text-align:${node.alignment}`);
  if (node.pageBreak === 'before') css.push('break-before:page');
  if (node.pageBreak === 'after') css.push('break-after:page');
  return css;
}

const div = (css: string[], inner: string, className = '') =>
  `<div${className ? ` class="${className}"` : ''}${css.length > 0 ? ` style="${escapeHtml(css.join(';'))}"` : ''}>${inner}</div>`;

/** One pdfmake content node (string, array, text, stack, columns, table, image) as HTML. */
export function nodeHtml(node: unknown, options: HtmlOptions): string {
  if (typeof node === 'string' || typeof node === 'number') return div([], escapeHtml(String(node)), 't');
  if (Array.isArray(node)) return node.map((child) => nodeHtml(child, options)).join('');
  if (!isNode(node)) throw new Error(`document-html: unsupported node ${String(node)}`);
  const css = blockCss(node, options);
  if ('text' in node) return div(css, inlineHtml(node.text, options), 't');
  if ('stack' in node) return div(css, nodeHtml(node.stack, options), node.unbreakable ? 'keep' : '');
  if ('columns' in node) return div(css, columnsHtml(node, options));
  if ('table' in node) return div(css, tableHtml(node, options));
  if ('image' in node) return div(css, imageHtml(node));
  throw new Error(`document-html: unsupported node {${Object.keys(node).join(', ')}}`);
}

/** The inlines of a text node: strings and {text, bold, …} runs, nested as pdfmake allows. */
function inlineHtml(text: unknown, options: HtmlOptions): string {
  if (Array.isArray(text)) return text.map((run) => inlineHtml(run, options)).join('');
  if (isNode(text)) {
    const css = textCss(text, options);
    const inner = inlineHtml(text.text, options);
    return css.length > 0 ? `<span style="${escapeHtml(css.join(';'))}">${inner}</span>` : inner;
  }
  return escapeHtml(String(text ?? ''));
}

/** pdfmake columns: '*' (the default) share the width left after fixed and 'auto' columns and the gaps. */
function columnsHtml(node: Node, options: HtmlOptions): string {
  const gap = typeof node.columnGap === 'number' ? node.columnGap : 0;
  const columns = (node.columns as unknown[]).map((column) => {
    const width = isNode(column) ? column.width : undefined;
    const flex = typeof width === 'number' ? `flex:0 0 ${width}pt` : width === 'auto' ? 'flex:0 0 auto' : 'flex:1 1 0';
    return div([flex, 'min-width:0'], nodeHtml(column, options));
  });
  return div(['display:flex', `column-gap:${gap}pt`], columns.join(''));
}

function tableHtml(node: Node, options: HtmlOptions): string {
  const table = node.table as { body: unknown[][]; widths?: (number | string)[]; headerRows?: number; dontBreakRows?: boolean };
  if (typeof node.layout === 'string') throw new Error(`document-html: named table layout '${node.layout}' not supported`);
  const layout: Layout = { ...DEFAULT_LAYOUT, ...(node.layout as Partial<Layout> | undefined) };
  const widths = table.widths ?? table.body[0]?.map(() => 'auto') ?? [];
  // Lines are taken as uniform (ours are); a pdfmake width excludes the cell's padding and line, a CSS column includes them.
  const hLine = layout.hLineWidth(0, node);
  const vLine = layout.vLineWidth(0, node);
  const columnWidth = (width: number, i: number) => width + layout.paddingLeft(i, node) + layout.paddingRight(i, node) + vLine;
  const cols = widths.map((width, i) => (typeof width === 'number' ? `<col style="width:${columnWidth(width, i)}pt">` : '<col>'));
  const fixed = widths.every((width) => typeof width === 'number');
  const tableWidth = fixed ? `${widths.reduce<number>((sum, width, i) => sum + columnWidth(width as number, i), 0)}pt` : '100%';
  const tableCss = `width:${tableWidth};table-layout:${widths.includes('auto') ? 'auto' : 'fixed'};--h:${hLine}pt;--v:${vLine}pt`;

  const covered = new Set<string>(); // "row,column" of placeholders under a rowSpan/colSpan
  const rows = table.body.map((row, r) => {
    // dontBreakRows: Chromium would keep all rows of a rowSpan together (pdfmake breaks between them), so a row that
    // starts a rowSpan keeps its one-row cells whole instead of the row.
    const startsRowSpan = row.some((cell) => span(cell, 'rowSpan') > 1);
    const cells = row.map((cell, c) => {
      if (covered.has(`${r},${c}`)) return '';
      const rowSpan = span(cell, 'rowSpan');
      const colSpan = span(cell, 'colSpan');
      for (let i = 0; i < rowSpan; i++) for (let j = 0; j < colSpan; j++) if (i > 0 || j > 0) covered.add(`${r + i},${c + j}`);
      const css = [
        `padding:${layout.paddingTop(r, node)}pt ${layout.paddingRight(c, node)}pt ${layout.paddingBottom(r, node)}pt ${layout.paddingLeft(c, node)}pt`,
      ];
      if (isNode(cell) && typeof cell.fillColor === 'string') css.push(`background:${cell.fillColor}`);
      const attributes = `${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${table.dontBreakRows && startsRowSpan && rowSpan === 1 ? ' class="keep"' : ''}`;
      return `<td${attributes} style="${escapeHtml(css.join(';'))}">${nodeHtml(cell, options)}</td>`;
    });
    return `<tr${table.dontBreakRows && !startsRowSpan ? ' class="keep"' : ''}>${cells.join('')}</tr>`;
  });
  const headerRows = table.headerRows ?? 0;
  const head = headerRows > 0 ? `<thead>${rows.slice(0, headerRows).join('')}</thead>` : '';
  return `<table style="${tableCss}"><colgroup>${cols.join('')}</colgroup>${head}<tbody>${rows.slice(headerRows).join('')}</tbody></table>`;
}

const span = (cell: unknown, key: 'rowSpan' | 'colSpan') => (isNode(cell) && typeof cell[key] === 'number' && cell[key] > 1 ? cell[key] : 1);

/** A PNG data URL at the size pdfmake gives it: pixels as points, scaled (up or down) to `fit` if given. */
function imageHtml(node: Node): string {
  const src = String(node.image);
  if (!src.startsWith('data:image/png;base64,')) throw new Error('document-html: only PNG data URLs are supported');
  const header = Buffer.from(src.slice(src.indexOf(',') + 1, src.indexOf(',') + 1 + 44), 'base64');
  let width = header.readUInt32BE(16);
  let height = header.readUInt32BE(20);
  if (Array.isArray(node.fit)) {
    const [fitWidth, fitHeight] = node.fit as [number, number];
    const factor = width / height > fitWidth / fitHeight ? fitWidth / width : fitHeight / height;
    [width, height] = [width * factor, height * factor];
  } else if (typeof node.width === 'number') {
    [width, height] = [node.width, typeof node.height === 'number' ? node.height : (height * node.width) / width];
  }
  const place = node.alignment === 'center' ? 'margin:0 auto' : node.alignment === 'right' ? 'margin-left:auto' : '';
  return `<img src="${escapeHtml(src)}" style="display:block;width:${width}pt;height:${height}pt;${place}">`;
}
