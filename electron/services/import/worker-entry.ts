/**
 * Entry of the import worker thread (bundled as out/main/import-worker.cjs). It only parses and validates the file
 * and posts progress; the database stays in the main process. An AppError (IMPORT_CORRUPT, …) reaches main as it
 * is; any other failure as IMPORT_INTERNAL with its message as the reason.
 */
import { parentPort } from 'node:worker_threads';
import { serveRequests } from '../worker/serve';
import { parseImportFile } from './parse-file';
import type { ParseProgress, ParseRequest, ParseResult } from './worker-protocol';

if (!parentPort) throw new Error('import worker must run in a worker thread');
serveRequests<ParseRequest, ParseResult, ParseProgress>(
  parentPort,
  ({ kind, path }, progress) => parseImportFile(kind, path, { onProgress: progress }),
  { failureCode: 'IMPORT_INTERNAL' },
);
