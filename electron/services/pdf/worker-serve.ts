import type { MessagePort } from 'node:worker_threads';
import { serveRequests } from '../worker/serve';
import { preparePdfmake } from './pdfmake-runtime';
import { renderReport } from './render-report';
import type { PdfWorkerData, RenderRequest, RenderResult } from './worker-protocol';

/**
 * The PDF worker's work: fonts are read once, then each request is laid out and answered. Built as its own bundle
 * (out/main/pdf-worker-core.cjs, with pdfmake, pdfkit and fontkit inside) that worker-loader.ts loads with V8's
 * stored compiled code; the sources run it through worker-entry.ts. `afterFirstAnswer` runs once, after the first
 * report went back (the loader stores the compiled code then). A failure that is not an AppError comes back as
 * PDF_RENDER_FAILED with its message as the reason.
 */
export function servePdfRequests(port: MessagePort, data: PdfWorkerData, afterFirstAnswer?: () => void): void {
  const { fontDir } = data;
  preparePdfmake(fontDir);
  let answered = false;
  serveRequests<RenderRequest, RenderResult>(
    port,
    // A fresh ArrayBuffer of exactly the PDF's size, so it can be transferred.
    async ({ model }) => new Uint8Array(await renderReport(model, { fontDir })),
    {
      failureCode: 'PDF_RENDER_FAILED',
      transferOf: (pdf) => [pdf.buffer],
      afterReply: () => {
        if (answered) return;
        answered = true;
        afterFirstAnswer?.();
      },
    },
  );
}
