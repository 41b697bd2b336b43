import { parentPort, workerData, type Transferable } from 'node:worker_threads';
import { servePdfRequests } from '../../../electron/services/pdf/worker-serve';
import type { PdfWorkerData, RenderRequest } from '../../../electron/services/pdf/worker-protocol';
import type { RequestEnvelope } from '../../../electron/services/worker/protocol';
import { blockForever, PDF_EXIT_BEFORE_ANSWER, PDF_HANG_BEFORE_ANSWER, PDF_TEST_EXIT_CODE } from './faults';

// The real PDF worker with two faults a test can ask for: the thread dies, or stops answering, with a report in hand.
if (!parentPort) throw new Error('pdf-test-entry must run in a worker thread');
const port = parentPort;
const faults = new Map<number, string>();
port.on('message', ({ id, request }: RequestEnvelope<RenderRequest>) => {
  const fingerprint = 'fingerprint' in request.model ? request.model.fingerprint : undefined;
  if (fingerprint === PDF_EXIT_BEFORE_ANSWER || fingerprint === PDF_HANG_BEFORE_ANSWER) faults.set(id, fingerprint);
});
const post = port.postMessage.bind(port);
port.postMessage = (message: { id: number }, transfer?: readonly Transferable[]) => {
  const fault = faults.get(message.id);
  if (fault === PDF_EXIT_BEFORE_ANSWER) process.exit(PDF_TEST_EXIT_CODE);
  if (fault === PDF_HANG_BEFORE_ANSWER) blockForever();
  post(message, transfer);
};
servePdfRequests(port, (workerData ?? {}) as PdfWorkerData);
