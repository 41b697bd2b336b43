import { buildDocument } from './build-document';
import type { ReportModel } from './model';
import { renderPdf } from './pdfmake-runtime';

/**
 * Renders a report in this thread. The app calls it through the PDF worker (worker-client.ts) so the window never
 * waits on layout; tests, the CLI and the worker itself call it directly.
 */
export async function renderReport(model: ReportModel, options: { fontDir?: string } = {}): Promise<Buffer> {
  return renderPdf(buildDocument(model), options.fontDir);
}
