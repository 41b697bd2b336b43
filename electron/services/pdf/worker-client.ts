import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { shanxiRenewal2023 } from '../../../shared/domain/templates/shanxi-renewal-2023';
import { AppError } from '../../../shared/errors';
import type { ReportModel } from './model';
import type { PdfWorkerData, RenderRequest, RenderResponse } from './worker-protocol';

export interface PdfWorkerOptions {
  /** The built worker (out/main/pdf-worker.cjs); defaults to the one beside the main bundle, else the TS source via tsx. */
  entry?: string;
  fontDir?: string;
  /** Directory for the built worker's stored compiled code (userData/code-cache in the app). */
  codeCacheDir?: string;
}

/** Renders reports on one worker thread; requests queue in order. Start it once and keep it for the app's life. */
export class PdfWorker {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(pdf: Buffer): void; reject(error: Error): void }>();

  constructor(options: PdfWorkerOptions = {}) {
    const workerData: PdfWorkerData = { fontDir: options.fontDir, codeCacheDir: options.codeCacheDir };
    const entry = options.entry ?? defaultWorkerEntry();
    this.worker = entry.endsWith('.ts') ? new Worker(tsxBootstrap(entry), { eval: true, workerData }) : new Worker(entry, { workerData });
    this.worker.on('message', (response: RenderResponse) => this.settle(response));
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`PDF 生成进程已退出（代码 ${code}）`)));
  }

  render(model: ReportModel): Promise<Buffer> {
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: RenderRequest = { id, model };
      this.worker.postMessage(request);
    });
  }

  /**
   * Lays out a blank Shanxi form and drops it: loads pdfmake, parses both font weights and warms the JIT, so the
   * first real report pays none of that.
   */
  async warmUp(): Promise<void> {
    await this.render({ kind: 'blank', template: shanxiRenewal2023 });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private settle(response: RenderResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (response.ok) waiting.resolve(Buffer.from(response.pdf.buffer, response.pdf.byteOffset, response.pdf.byteLength));
    else waiting.reject(new AppError('PDF_RENDER_FAILED', `生成报告失败：${response.message}`));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/**
 * The TypeScript source (dev, tests, CLI) needs tsx's loader inside the worker too; Node 20 ignores `--import`
 * in a worker's execArgv, so a tiny bootstrap registers tsx and then imports the entry.
 */
function tsxBootstrap(entry: string): string {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
}

/** out/main/pdf-worker.cjs beside the bundled main process; in the sources, worker-entry.ts. */
export function defaultWorkerEntry(): string {
  if (typeof __dirname === 'string') {
    const built = join(__dirname, 'pdf-worker.cjs');
    if (existsSync(built)) return built;
  }
  return fileURLToPath(new URL('./worker-entry.ts', import.meta.url));
}
