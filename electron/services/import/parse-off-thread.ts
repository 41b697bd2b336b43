import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportKind } from '../../../shared/import/types';
import { TypedWorker } from '../worker/typed-worker';
import { parseImportFile, type ParsedImport } from './parse-file';
import type { ProgressListener } from './progress';
import type { ParseProgress, ParseRequest, ParseResult } from './worker-protocol';

export const WORKER_BUNDLE_NAME = 'import-worker.cjs';

/**
 * An inactivity timeout, not a limit on the whole parse: a 300 000-row workbook may take minutes on a slow laptop,
 * but it posts progress every 1000 rows (at most every 100 ms) and at each phase, and its longest silent stretch
 * (unzipping, filling merged cells) is seconds. Two minutes without a word only happens to a stuck thread.
 */
export const IMPORT_INACTIVITY_TIMEOUT_MS = 120_000;

/** The bundled worker beside the bundled main (out/main/), or null when running from sources (tests, CLI via tsx). */
export function bundledWorkerScript(): string | null {
  const here = typeof __dirname === 'string' ? __dirname : null;
  if (!here) return null;
  const script = join(here, WORKER_BUNDLE_NAME);
  return existsSync(script) ? script : null;
}

export interface OffThreadOptions {
  onProgress?: ProgressListener;
  /** Worker entry (a built .cjs, or a .ts source run through tsx); defaults to the bundled one. Without any, the file is parsed in this thread. */
  workerScript?: string | null;
  /** How long the worker may stay silent (no progress, no answer) before it is stopped: WORKER_TIMEOUT. */
  timeoutMs?: number;
}

/**
 * Parses in a worker thread so the Electron main process stays responsive while a 100k-row file is read. One thread
 * per file: a big parse leaves a big heap behind, which goes with the thread.
 */
export async function parseOffThread(kind: ImportKind, path: string, options: OffThreadOptions = {}): Promise<ParsedImport> {
  const entry = options.workerScript === undefined ? bundledWorkerScript() : options.workerScript;
  if (!entry) return parseImportFile(kind, path, { onProgress: options.onProgress });
  const worker = new TypedWorker<ParseRequest, ParseResult, ParseProgress>({
    name: 'import',
    entry,
    timeoutMs: options.timeoutMs ?? IMPORT_INACTIVITY_TIMEOUT_MS,
  });
  try {
    return await worker.request({ kind, path }, { onProgress: options.onProgress });
  } finally {
    await worker.close();
  }
}
