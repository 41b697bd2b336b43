import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTemplates } from '../../../shared/domain/templates/registry';
import { TypedWorker } from '../worker/typed-worker';
import type { ReportModel } from './model';
import type { PdfWorkerData, RenderRequest, RenderResult } from './worker-protocol';

/**
 * How long one report may wait for its PDF. A cold start (thread, pdfmake, fonts) is ~0.5 s and a warm sheet with
 * its appendix ~0.15 s here; a slow, busy laptop may be ten times slower and reports queue on the one thread, so a
 * minute only ever catches a thread that is stuck.
 */
export const PDF_TIMEOUT_MS = 60_000;

export interface PdfWorkerOptions {
  /** The built worker (out/main/pdf-worker.cjs); defaults to the one beside the main bundle, else the TS source via tsx. */
  entry?: string;
  fontDir?: string;
  /** Directory for the built worker's stored compiled code (userData/code-cache in the app). */
  codeCacheDir?: string;
  timeoutMs?: number;
}

/**
 * Renders reports on one worker thread, started at the first report. A thread that exits, crashes or stops answering
 * fails only the reports it held (WORKER_EXITED, WORKER_CRASHED, WORKER_TIMEOUT); the next report starts a new one.
 */
export class PdfWorker {
  private readonly thread: TypedWorker<RenderRequest, RenderResult>;

  constructor(options: PdfWorkerOptions = {}) {
    const workerData: PdfWorkerData = { fontDir: options.fontDir, codeCacheDir: options.codeCacheDir };
    const entry = options.entry ?? defaultWorkerEntry();
    this.thread = new TypedWorker({ name: 'pdf', entry, workerData, timeoutMs: options.timeoutMs ?? PDF_TIMEOUT_MS });
  }

  async render(model: ReportModel): Promise<Buffer> {
    const pdf = await this.thread.request({ model });
    return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }

  /**
   * Lays out the first built-in form blank and drops it: loads pdfmake, parses both font weights and warms the JIT, so the
   * first real report pays none of that.
   */
  async warmUp(): Promise<void> {
    const [template] = listTemplates();
    if (template) await this.render({ kind: 'blank', template });
  }

  async close(): Promise<void> {
    await this.thread.close();
  }
}

/** out/main/pdf-worker.cjs beside the bundled main process; in the sources, worker-entry.ts. */
export function defaultWorkerEntry(): string {
  if (typeof __dirname === 'string') {
    const built = join(__dirname, 'pdf-worker.cjs');
    if (existsSync(built)) return built;
  }
  return fileURLToPath(new URL('./worker-entry.ts', import.meta.url));
}
