import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseOffThread } from '../../../electron/services/import/parse-off-thread';
import type { ImportProgress } from '../../../shared/import/types';
import { fixture } from './fixtures';

// The bundled app runs out/main/import-worker.cjs; a .ts entry runs from sources after registering tsx's loader.
const workerScript = fileURLToPath(new URL('../../../electron/services/import/worker-entry.ts', import.meta.url));

describe('parsing in a worker thread', () => {
  it('returns the same result as in-process parsing and forwards progress', async () => {
    const progress: ImportProgress[] = [];
    const inWorker = await parseOffThread('institutions', fixture('institutions-official.xlsx'), {
      workerScript,
      onProgress: (p) => progress.push(p),
    });
    const inProcess = await parseOffThread('institutions', fixture('institutions-official.xlsx'), { workerScript: null });
    expect(inWorker).toEqual(inProcess);
    expect(progress.map((p) => p.phase)).toContain('validating');
  });

  it('an AppError in the worker arrives as the same AppError', async () => {
    const error = await parseOffThread('institutions', fixture('corrupt.xlsx'), { workerScript }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AppError', code: 'IMPORT_CORRUPT' });
  });

  it('the bundled worker (as scripts/build.mjs builds it) gives the same result', async () => {
    // Beside node_modules, so the bundle finds the packages it leaves external, as out/main/ does.
    const cache = join(process.cwd(), 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'skill-inspector-import-worker-'));
    try {
      const { nodeEntries, nodeBuildOptions } = (await import(pathToFileURL(join(process.cwd(), 'scripts', 'build.mjs')).href)) as BuildScript;
      const entry = nodeEntries.find((e) => e.out.endsWith('import-worker.cjs'));
      if (!entry) throw new Error('scripts/build.mjs builds no import worker');
      const bundled = join(dir, 'import-worker.cjs');
      await build({ ...nodeBuildOptions({ ...entry, out: bundled }), logLevel: 'silent' });
      const progress: ImportProgress[] = [];
      const onProgress = (p: ImportProgress) => progress.push(p);
      const inBundle = await parseOffThread('institutions', fixture('institutions-official.xlsx'), { workerScript: bundled, onProgress });
      expect(inBundle).toEqual(await parseOffThread('institutions', fixture('institutions-official.xlsx'), { workerScript: null }));
      expect(progress.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface BuildScript {
  nodeEntries: { entry: string; out: string; bundleAll?: boolean }[];
  nodeBuildOptions(entry: { entry: string; out: string; bundleAll?: boolean }): BuildOptions;
}
