import type { MessagePort } from 'node:worker_threads';
import { preparePdfmake } from './pdfmake-runtime';
import { renderReport } from './render-report';
import type { PdfWorkerData, RenderRequest, RenderResponse } from './worker-protocol';

/**
 * The PDF worker's work: fonts are read once, then each request is laid out and answered in turn. Built as its own
 * bundle (out/main/pdf-worker-core.cjs, with pdfmake, pdfkit and fontkit inside) that worker-loader.ts loads with
 * V8's stored compiled code; the sources run it through worker-entry.ts. `afterFirstAnswer` runs once, after the
 * first report went back (the loader stores the compiled code then).
 */
export function servePdfRequests(port: MessagePort, data: PdfWorkerData, afterFirstAnswer?: () => void): void {
  const { fontDir } = data;
  preparePdfmake(fontDir);
  let answered = false;
  port.on('message', (request: RenderRequest) => {
    void renderReport(request.model, { fontDir })
      .then(
        (pdf) => {
          // A fresh ArrayBuffer of exactly the PDF's size, so it can be transferred.
          const bytes = new Uint8Array(pdf);
          const response: RenderResponse = { id: request.id, ok: true, pdf: bytes };
          port.postMessage(response, [bytes.buffer]);
        },
        (error: unknown) => {
          const response: RenderResponse = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
          port.postMessage(response);
        },
      )
      .then(() => {
        if (answered) return;
        answered = true;
        afterFirstAnswer?.();
      });
  });
}
