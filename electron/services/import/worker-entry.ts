/**
 * Entry of the import worker thread (bundled as out/main/import-worker.cjs). It only parses and validates the file
 * and posts progress; the database stays in the main process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../../shared/errors';
import { parseImportFile } from './parse-file';
import type { ParseRequest, WorkerMessage } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import worker must run in a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
const request = workerData as ParseRequest;

parseImportFile(request.kind, request.path, { onProgress: (progress) => post({ type: 'progress', progress }) }).then(
  (parsed) => post({ type: 'done', parsed }),
  (error: unknown) =>
    post({
      type: 'error',
      error: isAppError(error)
        ? error.toInfo()
        : { code: 'IMPORT_INTERNAL', message: `读取文件时发生内部错误：${error instanceof Error ? error.message : String(error)}` },
    }),
);
