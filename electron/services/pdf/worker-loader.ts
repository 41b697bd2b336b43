import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadWithCodeCache } from '../code-cache/load-with-code-cache';
import type { servePdfRequests } from './worker-serve';
import type { PdfWorkerData } from './worker-protocol';

// Worker-thread entry of the built app (out/main/pdf-worker.cjs). pdfmake, pdfkit and fontkit are ~2 MB of
// JavaScript; compiling them was a third of a cold start. The core bundle beside this file is loaded with the
// compiled code stored after an earlier worker's first report (the idle warm-up after launch), then serves requests.
if (!parentPort) throw new Error('pdf worker-loader must run in a worker thread');
const data = (workerData ?? {}) as PdfWorkerData;
const core = loadWithCodeCache(join(__dirname, 'pdf-worker-core.cjs'), data.codeCacheDir);
const { servePdfRequests: serve } = core.exports as { servePdfRequests: typeof servePdfRequests };
serve(parentPort, data, () => core.saveCodeCache());
