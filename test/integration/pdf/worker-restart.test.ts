import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { configurePdfWorker, sharedPdfWorker, stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import { PdfWorker } from '../../../electron/services/pdf/worker-client';
import { appendixModel } from '../../support/report-fixtures';
import {
  PDF_EXIT_BEFORE_ANSWER as EXIT_BEFORE_ANSWER,
  PDF_HANG_BEFORE_ANSWER as HANG_BEFORE_ANSWER,
  PDF_TEST_EXIT_CODE as TEST_EXIT_CODE,
} from '../../support/workers/faults';

// The real PDF worker, started from a test entry that can die or hang on request (test/support/workers/).
const entry = fileURLToPath(new URL('../../support/workers/pdf-test-entry.ts', import.meta.url));
let worker: PdfWorker | null = null;
afterEach(async () => {
  await worker?.close();
  worker = null;
});

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString() === '%PDF-';

describe('PDF worker after a fault', () => {
  it('a report in hand when the thread exits rejects with WORKER_EXITED, and the next report works', async () => {
    worker = new PdfWorker({ entry });
    expect(isPdf(await worker.render(appendixModel()))).toBe(true);
    const dying = worker.render({ ...appendixModel(), fingerprint: EXIT_BEFORE_ANSWER });
    await expect(dying).rejects.toMatchObject({ name: 'AppError', code: 'WORKER_EXITED', params: { worker: 'pdf', exitCode: TEST_EXIT_CODE } });
    expect(isPdf(await worker.render(appendixModel()))).toBe(true);
  });

  it('a report that gets no answer rejects with WORKER_TIMEOUT; the stuck thread is replaced', async () => {
    worker = new PdfWorker({ entry, timeoutMs: 5_000 });
    const started = Date.now();
    const stuck = worker.render({ ...appendixModel(), fingerprint: HANG_BEFORE_ANSWER });
    await expect(stuck).rejects.toMatchObject({ name: 'AppError', code: 'WORKER_TIMEOUT', params: { worker: 'pdf', seconds: 5 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
    expect(isPdf(await worker.render(appendixModel()))).toBe(true);
  });

  it('a render failure keeps PDF_RENDER_FAILED with the worker’s message as its reason', async () => {
    worker = new PdfWorker({ entry });
    const failure = worker.render({ kind: 'nonsense' } as unknown as Parameters<PdfWorker['render']>[0]);
    await expect(failure).rejects.toMatchObject({ code: 'PDF_RENDER_FAILED', params: { reason: expect.any(String) } });
  });
});

describe('the shared PDF worker (the app’s one)', () => {
  afterEach(() => stopPdfWorker());

  it('is still usable after its thread died: the next report starts a new thread', async () => {
    configurePdfWorker({ entry }, false);
    const dying = sharedPdfWorker().render({ ...appendixModel(), fingerprint: EXIT_BEFORE_ANSWER });
    await expect(dying).rejects.toMatchObject({ code: 'WORKER_EXITED' });
    expect(isPdf(await sharedPdfWorker().render(appendixModel()))).toBe(true);
  });
});
