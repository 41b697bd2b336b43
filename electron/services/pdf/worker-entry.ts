import { parentPort, workerData } from 'node:worker_threads';
import { servePdfRequests } from './worker-serve';
import type { PdfWorkerData } from './worker-protocol';

// Worker-thread entry for the sources (dev, tests, CLI through tsx). The built app starts worker-loader.ts instead,
// which runs the same servePdfRequests from a bundle with V8's stored compiled code.
if (!parentPort) throw new Error('pdf worker-entry must run in a worker thread');
servePdfRequests(parentPort, (workerData ?? {}) as PdfWorkerData);
