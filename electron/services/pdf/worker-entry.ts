import { parentPort, workerData } from 'node:worker_threads';
import { preparePdfmake } from './pdfmake-runtime';
import { renderReport } from './render-report';
import type { PdfWorkerData, RenderRequest, RenderResponse } from './worker-protocol';

// Worker-thread entry (built as out/main/pdf-worker.cjs): layout and font subsetting run here so the Electron main
// process, and with it the window, never waits on a report. Fonts are read once when the worker starts.
const port = parentPort;
if (!port) throw new Error('pdf worker-entry must run in a worker thread');
const { fontDir } = (workerData ?? {}) as PdfWorkerData;
preparePdfmake(fontDir);

port.on('message', (request: RenderRequest) => {
  void renderReport(request.model, { fontDir }).then(
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
  );
});
