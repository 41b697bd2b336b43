import { parentPort, type Transferable } from 'node:worker_threads';
// The real entry first: its listener must be on the port before ours starts the port's message flow.
import '../../../electron/services/import/worker-entry';
import type { ParseRequest } from '../../../electron/services/import/worker-protocol';
import type { RequestEnvelope } from '../../../electron/services/worker/protocol';
import { blockForever, IMPORT_EXIT_AFTER_PROGRESS, IMPORT_FAIL_INTERNALLY, IMPORT_HANG_AFTER_PROGRESS, IMPORT_TEST_EXIT_CODE } from './faults';

// The real import worker with faults a test asks for by the file's name, right after the first progress message:
// the thread dies, stops answering, or a plain (non-AppError) error is thrown inside the parse.
if (!parentPort) throw new Error('import-test-entry must run in a worker thread');
const port = parentPort;
// Called in the same message event as the real listener, before its parse (which starts in a microtask) posts anything.
let path = '';
port.on('message', ({ request }: RequestEnvelope<ParseRequest>) => {
  path = request.path;
});
const post = port.postMessage.bind(port);
port.postMessage = (message: { type: string }, transfer?: readonly Transferable[]) => {
  post(message, transfer);
  if (message.type !== 'progress') return;
  if (path.includes(IMPORT_EXIT_AFTER_PROGRESS)) process.exit(IMPORT_TEST_EXIT_CODE);
  if (path.includes(IMPORT_HANG_AFTER_PROGRESS)) blockForever();
  if (path.includes(IMPORT_FAIL_INTERNALLY)) throw new TypeError('progress could not be sent');
};
