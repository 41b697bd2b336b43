import { parentPort, threadId } from 'node:worker_threads';
import { serveRequests } from '../../../electron/services/worker/serve';
import { AppError } from '../../../shared/errors';
import { blockForever } from './faults';

/** What the sample worker can be asked to do (test/integration/worker/typed-worker.test.ts). */
export type SampleRequest =
  | { op: 'echo'; value: string; afterMs?: number }
  | { op: 'count'; to: number; everyMs: number }
  | { op: 'bytes'; size: number }
  | { op: 'exit'; code: number }
  | { op: 'crash'; message: string }
  | { op: 'hang' }
  | { op: 'app-error' }
  | { op: 'plain-error' };

export type SampleResult = { value?: string; threadId: number; bytes?: Uint8Array<ArrayBuffer> };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (!parentPort) throw new Error('sample-entry must run in a worker thread');
serveRequests<SampleRequest, SampleResult, number>(
  parentPort,
  async (request, progress) => {
    switch (request.op) {
      case 'echo':
        await wait(request.afterMs ?? 0);
        return { value: request.value, threadId };
      case 'count':
        for (let i = 1; i <= request.to; i++) {
          await wait(request.everyMs);
          progress(i);
        }
        return { threadId };
      case 'bytes':
        return { threadId, bytes: new Uint8Array(request.size).fill(7) };
      case 'exit':
        process.exit(request.code);
        break;
      case 'crash':
        // Outside the request's promise: an uncaught exception that ends the thread.
        setTimeout(() => {
          throw new Error(request.message);
        });
        await wait(60_000);
        break;
      case 'hang':
        blockForever();
        break;
      case 'app-error':
        throw new AppError('IMPORT_INTERNAL', { reason: 'sample' }, { rows: [3, 4] });
      case 'plain-error':
        throw new RangeError('plain failure');
    }
    return { threadId };
  },
  { failureCode: 'PDF_RENDER_FAILED', transferOf: (result) => (result.bytes ? [result.bytes.buffer] : []) },
);
