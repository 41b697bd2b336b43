import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOffThread } from '../../../electron/services/import/parse-off-thread';
import type { ImportProgress } from '../../../shared/import/types';
import { fixture } from './fixtures';

// The bundled app runs out/main/import-worker.cjs; from sources the same entry runs after registering tsx's loader.
const entry = pathToFileURL(fileURLToPath(new URL('../../../electron/services/import/worker-entry.ts', import.meta.url))).href;
const workerScript = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
const workerOptions = { eval: true };

describe('parsing in a worker thread', () => {
  it('returns the same result as in-process parsing and forwards progress', async () => {
    const progress: ImportProgress[] = [];
    const inWorker = await parseOffThread('institutions', fixture('institutions-official.xlsx'), {
      workerScript,
      workerOptions,
      onProgress: (p) => progress.push(p),
    });
    const inProcess = await parseOffThread('institutions', fixture('institutions-official.xlsx'), { workerScript: null });
    expect(inWorker).toEqual(inProcess);
    expect(progress.map((p) => p.phase)).toContain('validating');
  });

  it('an AppError in the worker arrives as the same AppError', async () => {
    const error = await parseOffThread('institutions', fixture('corrupt.xlsx'), { workerScript, workerOptions }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AppError', code: 'IMPORT_CORRUPT' });
  });
});
