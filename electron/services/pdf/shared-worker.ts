import { PdfWorker, type PdfWorkerOptions } from './worker-client';

let worker: PdfWorker | null = null;
let options: PdfWorkerOptions = {};
let warmUpTimer: NodeJS.Timeout | null = null;

/** Long enough for the window to have shown; short enough that nobody has asked for a report yet. */
const WARM_UP_AFTER_MS = 3000;

/**
 * Main sets where the built worker and the fonts are (packaged app) before the first report, and the worker is then
 * started while the app is idle, so the user never waits for the worker, pdfmake and the fonts to load (cold start).
 */
export function configurePdfWorker(next: PdfWorkerOptions, warmUp: { afterMs: number } | false = { afterMs: WARM_UP_AFTER_MS }): void {
  options = next;
  if (warmUpTimer) clearTimeout(warmUpTimer);
  warmUpTimer = null;
  if (warmUp === false) return;
  warmUpTimer = setTimeout(() => {
    warmUpTimer = null;
    sharedPdfWorker()
      .warmUp()
      .catch((error: unknown) => console.warn('PDF 生成进程预热失败：', error instanceof Error ? error.message : error));
  }, warmUp.afterMs);
  // Warming up must never keep a quitting app alive.
  warmUpTimer.unref();
}

/**
 * One worker for the app's life, started when idle after launch (configurePdfWorker) or on the first report. Keeping
 * it is safe after a fault: PdfWorker starts a new thread for the next report once its thread exited or hung.
 */
export function sharedPdfWorker(): PdfWorker {
  worker ??= new PdfWorker(options);
  return worker;
}

export async function stopPdfWorker(): Promise<void> {
  if (warmUpTimer) clearTimeout(warmUpTimer);
  warmUpTimer = null;
  const running = worker;
  worker = null;
  await running?.close();
}
