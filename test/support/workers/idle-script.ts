import { fileURLToPath } from 'node:url';
import { TypedWorker } from '../../../electron/services/worker/typed-worker';
import type { SampleRequest, SampleResult } from './sample-entry';

// Run as its own process (typed-worker.test.ts): asks one thing of a worker and never closes it. The process must
// end by itself once the answer came; a worker that kept it alive would make it run until killed.
const worker = new TypedWorker<SampleRequest, SampleResult>({
  name: 'sample',
  entry: fileURLToPath(new URL('./sample-entry.ts', import.meta.url)),
  timeoutMs: 60_000,
});
const answer = await worker.request({ op: 'echo', value: 'done' });
console.log(answer.value);
