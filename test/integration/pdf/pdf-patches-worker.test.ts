import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveFontDir } from '../../../electron/services/pdf/fonts';
import { PATCH_PROBES } from '../../../electron/services/pdf/patches';
import { renderReport } from '../../../electron/services/pdf/render-report';
import type { RenderRequest, RenderResult } from '../../../electron/services/pdf/worker-protocol';
import type { ReplyEnvelope, RequestEnvelope } from '../../../electron/services/worker/protocol';
import { textOperatorCounts } from '../../support/pdfmake-patches';
import { shanxiSheetModel } from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

interface BuildScript {
  nodeEntries: { entry: string; out: string; bundleAll?: boolean }[];
  nodeBuildOptions(entry: { entry: string; out: string; bundleAll?: boolean }): BuildOptions;
}

/** The PDF worker as scripts/build.mjs ships it (loader + core bundle), built into a folder with no node_modules above it. */
async function buildWorker(): Promise<string> {
  const { nodeEntries, nodeBuildOptions } = (await import(pathToFileURL(join(process.cwd(), 'scripts', 'build.mjs')).href)) as BuildScript;
  for (const entry of nodeEntries.filter((e) => e.out.includes('pdf-worker'))) {
    await build({ ...nodeBuildOptions({ ...entry, out: temp.file(basename(entry.out)) }), logLevel: 'silent' });
  }
  return temp.file('pdf-worker.cjs');
}

/** Starts a worker thread, waits for its first message, and returns it with what the worker wrote to stderr. */
function firstMessage<T>(worker: Worker, request?: unknown): Promise<{ message: T; stderr: string }> {
  let stderr = '';
  worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  if (request !== undefined) worker.postMessage(request);
  return new Promise((resolve, reject) => {
    let answered = false;
    worker.once('message', (message: T) => {
      answered = true;
      // Give the worker's last console output a moment to arrive.
      setTimeout(() => resolve({ message, stderr }), 50);
    });
    worker.once('error', reject);
    // A worker that has answered may end at once (the sources' entry does): only an exit before the answer fails.
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`worker exited with ${code}: ${stderr}`));
    });
  });
}

describe('the PDF speed-ups inside the PDF worker', () => {
  it('a worker thread running the sources (tsx) installs them all and each does its work', async () => {
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const entry = pathToFileURL(join(process.cwd(), 'test', 'support', 'patches-in-worker.ts')).href;
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    const worker = new Worker(bootstrap, { eval: true, workerData: { fontDir: resolveFontDir() }, stderr: true });
    try {
      const { message, stderr } = await firstMessage<{ decision: { installed: boolean; problems: string[] }; uses: Record<string, number> }>(worker);
      expect(message.decision).toEqual({ installed: true, problems: [] });
      for (const probe of PATCH_PROBES) expect(message.uses[probe], probe).toBeGreaterThan(0);
      expect(stderr).toBe('');
    } finally {
      await worker.terminate();
    }
  });

  it('the built worker (pdfmake, pdfkit, fontkit bundled; no package.json to read) knows the versions, draws as the patched sources', async () => {
    const entry = await buildWorker();
    const model = shanxiSheetModel();
    const worker = new Worker(entry, { workerData: { fontDir: resolveFontDir() }, stderr: true });
    let response: ReplyEnvelope<RenderResult, never>;
    let stderr: string;
    try {
      const request: RequestEnvelope<RenderRequest> = { id: 1, request: { model } };
      ({ message: response, stderr } = await firstMessage<ReplyEnvelope<RenderResult, never>>(worker, request));
    } finally {
      await worker.terminate();
    }
    if (response.type !== 'result') throw new Error(JSON.stringify(response));
    // The guard's one warning would name the packages; the built worker writes nothing.
    expect(stderr).toBe('');

    const built = temp.file('built.pdf');
    const sources = temp.file('sources.pdf');
    writeFileSync(built, response.result);
    writeFileSync(sources, await renderReport(model));
    const counts = textOperatorCounts(built);
    expect(counts).toEqual(textOperatorCounts(sources));
    // pdfkit opens one text object per piece (one text matrix each); the direct drawing many pieces per object.
    expect(counts.tm).toBeGreaterThan(3 * counts.bt);
  });
});
