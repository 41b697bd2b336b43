import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TypedWorker, type TypedWorkerOptions } from '../../../electron/services/worker/typed-worker';
import type { SampleRequest, SampleResult } from '../../support/workers/sample-entry';

// A small real worker (test/support/workers/sample-entry.ts) that answers, reports progress, fails, exits or hangs.
const entry = fileURLToPath(new URL('../../support/workers/sample-entry.ts', import.meta.url));
let worker: TypedWorker<SampleRequest, SampleResult, number> | null = null;
function sampleWorker(options: Partial<TypedWorkerOptions> = {}) {
  worker = new TypedWorker<SampleRequest, SampleResult, number>({ name: 'sample', entry, timeoutMs: 20_000, ...options });
  return worker;
}
afterEach(async () => {
  await worker?.close();
  worker = null;
});

describe('typed worker', () => {
  it('answers each request by its id, whatever order the answers come in', async () => {
    const sample = sampleWorker();
    const slowFirst = sample.request({ op: 'echo', value: 'slow', afterMs: 300 });
    const [slow, fast] = await Promise.all([slowFirst, sample.request({ op: 'echo', value: 'fast' })]);
    expect([slow.value, fast.value]).toEqual(['slow', 'fast']);
    expect(slow.threadId).toBe(fast.threadId);
  });

  it('delivers progress before the result, and each progress message restarts the timeout', async () => {
    const sample = sampleWorker({ timeoutMs: 1_000 });
    const seen: number[] = [];
    // 8 × 400 ms = 3.2 s in all, far past the 1 s timeout, but never 1 s without a word.
    await sample.request({ op: 'count', to: 8, everyMs: 400 }, { onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a thread that exits fails every request it held with WORKER_EXITED; the next request gets a new thread', async () => {
    const sample = sampleWorker();
    const before = await sample.request({ op: 'echo', value: 'a' });
    const held = sample.request({ op: 'echo', value: 'held', afterMs: 5_000 });
    const exit = sample.request({ op: 'exit', code: 3 });
    const exited = { name: 'AppError', code: 'WORKER_EXITED', params: { worker: 'sample', exitCode: 3 } };
    await expect(exit).rejects.toMatchObject(exited);
    await expect(held).rejects.toMatchObject(exited);
    const after = await sample.request({ op: 'echo', value: 'b' });
    expect(after.value).toBe('b');
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('an uncaught error in the thread fails its requests with WORKER_CRASHED and the reason', async () => {
    const sample = sampleWorker();
    const crashed = { code: 'WORKER_CRASHED', params: { worker: 'sample', reason: 'boom' } };
    await expect(sample.request({ op: 'crash', message: 'boom' })).rejects.toMatchObject(crashed);
    expect((await sample.request({ op: 'echo', value: 'again' })).value).toBe('again');
  });

  it('a request without an answer in time fails with WORKER_TIMEOUT; the stuck thread is replaced', async () => {
    const sample = sampleWorker({ timeoutMs: 1_500 });
    const before = await sample.request({ op: 'echo', value: 'a' });
    const started = Date.now();
    await expect(sample.request({ op: 'hang' })).rejects.toMatchObject({ code: 'WORKER_TIMEOUT', params: { worker: 'sample', seconds: 1.5 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    const after = await sample.request({ op: 'echo', value: 'b' });
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('an AppError keeps its code, parameters and details; any other failure becomes the worker’s failure code', async () => {
    const sample = sampleWorker();
    const kept = { code: 'IMPORT_INTERNAL', params: { reason: 'sample' }, details: { rows: [3, 4] } };
    await expect(sample.request({ op: 'app-error' })).rejects.toMatchObject(kept);
    await expect(sample.request({ op: 'plain-error' })).rejects.toMatchObject({ code: 'PDF_RENDER_FAILED', params: { reason: 'plain failure' } });
    expect((await sample.request({ op: 'echo', value: 'still here' })).value).toBe('still here');
  });

  it('moves transferred bytes instead of copying them', async () => {
    const sample = sampleWorker();
    const { bytes } = await sample.request({ op: 'bytes', size: 1024 });
    expect(bytes?.byteLength).toBe(1024);
    expect(bytes?.buffer.byteLength).toBe(1024);
    const sent = new Uint8Array(16);
    await sample.request({ op: 'echo', value: 'x' }, { transfer: [sent.buffer] });
    expect(sent.byteLength).toBe(0);
  });

  it('close() fails what is waiting with WORKER_EXITED and ends the thread', async () => {
    const sample = sampleWorker();
    const held = sample.request({ op: 'echo', value: 'held', afterMs: 5_000 });
    await sample.close();
    await expect(held).rejects.toMatchObject({ code: 'WORKER_EXITED' });
  });

  it('an entry that cannot start fails the request with WORKER_CRASHED instead of waiting', async () => {
    const sample = sampleWorker({ entry: fileURLToPath(new URL('./no-such-entry.cjs', import.meta.url)) });
    await expect(sample.request({ op: 'echo', value: 'x' })).rejects.toMatchObject({ code: 'WORKER_CRASHED', params: { worker: 'sample' } });
  });

  it('an idle worker never keeps a finished process alive', () => {
    const script = fileURLToPath(new URL('../../support/workers/idle-script.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
    expect(child.error, 'the process was still running after 30 s').toBeUndefined();
    expect(child.stdout.trim()).toBe('done');
    expect(child.status).toBe(0);
  });
});
