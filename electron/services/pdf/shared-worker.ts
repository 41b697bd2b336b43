import { PdfWorker, type PdfWorkerOptions } from './worker-client';

let worker: PdfWorker | null = null;
let options: PdfWorkerOptions = {};

/** Main sets where the built worker and the fonts are (packaged app) before the first report. */
export function configurePdfWorker(next: PdfWorkerOptions): void {
  options = next;
}

/** One worker for the app's life, started on the first report so launch stays fast. */
export function sharedPdfWorker(): PdfWorker {
  worker ??= new PdfWorker(options);
  return worker;
}

export async function stopPdfWorker(): Promise<void> {
  const running = worker;
  worker = null;
  await running?.close();
}
