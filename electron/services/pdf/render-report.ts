import type { Node, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDocument } from './build-document';
import { fingerprintOf } from './fingerprint';
import { markedRowCount, rowsStartingPages } from './layout/continued-spans';
import type { ReportModel } from './model';
import { renderPdf } from './pdfmake-runtime';
import { rowOfId } from './sheet-row-ids';

/**
 * Layouts tried (a continuation can move later page breaks); should they not settle, the table is printed with its
 * merged cells unbroken, as pdfmake draws them, rather than with a continuation off a page's first row.
 */
const MAX_LAYOUTS = 4;
/** Where the table's pages began for recently printed records, by report fingerprint: a hint, checked every time. */
const MAX_REMEMBERED = 200;
const rememberedPageStarts = new Map<string, ReadonlySet<number>>();

class Relayout {
  constructor(readonly newPageRows: ReadonlySet<number>) {}
}

const sameRows = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((row) => b.has(row));

/**
 * Renders a report in this thread. The app calls it through the PDF worker (worker-client.ts) so the window never
 * waits on layout; tests, the CLI and the worker itself call it directly.
 *
 * A table with marked rows (the scoring table) is watched through pdfmake's pageBreakBefore, which sees every node's
 * page once the layout is done: when its rows begin pages elsewhere than the table was built for, drawing is abandoned
 * and the document is built again with its merged cells continued on those rows (layout/continued-spans.ts). A record
 * printed again (export, print, each signature) starts from the rows found last time, so usually one layout suffices.
 */
export async function renderReport(model: ReportModel, options: { fontDir?: string } = {}): Promise<Buffer> {
  const record = { ...model, fingerprint: fingerprintOf(model) };
  const key = `${record.kind}/${record.fingerprint}`;
  let newPageRows = rememberedPageStarts.get(key) ?? new Set<number>();
  for (let layout = 1; ; layout++) {
    if (layout === MAX_LAYOUTS) return renderPdf(buildDocument(record), options.fontDir);
    const doc = buildDocument(record, newPageRows);
    const marked = markedRowCount(doc.content);
    if (marked === 0) return renderPdf(doc, options.fontDir);
    try {
      const watched = watchRows(doc, marked, newPageRows);
      const pdf = await renderPdf(watched.doc, options.fontDir);
      if (watched.confirmed()) remember(key, newPageRows);
      return pdf;
    } catch (error) {
      if (!(error instanceof Relayout)) throw error;
      newPageRows = error.newPageRows;
    }
  }
}

function remember(key: string, rows: ReadonlySet<number>): void {
  if (rememberedPageStarts.size >= MAX_REMEMBERED) rememberedPageStarts.clear();
  rememberedPageStarts.set(key, rows);
}

/** The document with a pageBreakBefore that abandons the layout (throws Relayout) when its rows begin other pages. */
function watchRows(doc: TDocumentDefinitions, marked: number, builtFor: ReadonlySet<number>): { doc: TDocumentDefinitions; confirmed(): boolean } {
  const pages = new Map<number, number>();
  const pageBreakBefore = (node: Node): boolean => {
    const row = rowOfId(node.id);
    if (row === null) return false;
    pages.set(row, node.startPosition.pageNumber);
    if (pages.size === marked) {
      const found = rowsStartingPages(pages);
      if (!sameRows(found, builtFor)) throw new Relayout(found);
    }
    return false;
  };
  return { doc: { ...doc, pageBreakBefore }, confirmed: () => pages.size === marked };
}
