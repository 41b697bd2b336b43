import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

// Each load runs in a fresh Node process, as a new worker would: in one process V8 remembers compiled sources itself
// and would never look at the stored code.
const loader = temp.file('load-with-code-cache.cjs');
buildSync({
  entryPoints: ['electron/services/code-cache/load-with-code-cache.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: loader,
  logLevel: 'silent',
});

interface LoadResult {
  status: string;
  answer: number;
  sum: number;
  base: string;
  saved: boolean;
}

function loadInFreshProcess(file: string, cacheDir: string | null): LoadResult {
  const script = `
    const { loadWithCodeCache } = require(${JSON.stringify(loader)});
    const loaded = loadWithCodeCache(${JSON.stringify(file)}, ${cacheDir === null ? 'undefined' : JSON.stringify(cacheDir)});
    const { answer, sum, base } = loaded.exports;
    const result = { status: loaded.status, answer: answer(), sum: sum(), base };
    result.saved = loaded.saveCodeCache();
    console.log(JSON.stringify(result));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as LoadResult;
}

/** A CommonJS module with enough functions for V8 to have code worth storing. */
function bundleSource(answer: number): string {
  const helpers = Array.from({ length: 300 }, (_, i) => `function helper${i}(x) { return x * ${i} + ${answer}; }`).join('\n');
  const calls = Array.from({ length: 300 }, (_, i) => `s += helper${i}(1);`).join(' ');
  return `${helpers}\nconst path = require('node:path');\nexports.answer = () => helper1(0);\nexports.base = path.basename(__filename);\nexports.sum = () => { let s = 0; ${calls} return s; };\n`;
}

function onlyCacheFile(cacheDir: string): string {
  const files = readdirSync(cacheDir).filter((name) => name.endsWith('.v8cache'));
  expect(files).toHaveLength(1);
  return join(cacheDir, files[0] ?? '');
}

describe('loading a bundle with stored compiled code (load-with-code-cache.ts)', () => {
  it('first load compiles and stores; the next load uses the stored code and behaves the same', () => {
    const file = temp.file('bundle-a.cjs');
    const cacheDir = temp.file('cache-a');
    writeFileSync(file, bundleSource(42));
    const first = loadInFreshProcess(file, cacheDir);
    expect(first).toMatchObject({ status: 'none', answer: 42, base: 'bundle-a.cjs', saved: true });
    onlyCacheFile(cacheDir);
    const second = loadInFreshProcess(file, cacheDir);
    expect(second).toMatchObject({ status: 'accepted', answer: 42, sum: first.sum, saved: false });
  });

  it('a changed bundle of the same length never meets the old code', () => {
    const file = temp.file('bundle-b.cjs');
    const cacheDir = temp.file('cache-b');
    writeFileSync(file, bundleSource(42));
    loadInFreshProcess(file, cacheDir);
    writeFileSync(file, bundleSource(43));
    expect(loadInFreshProcess(file, cacheDir)).toMatchObject({ status: 'none', answer: 43 });
  });

  it('damaged stored code is never handed to V8 (it could crash the worker): compiled from source, then replaced', () => {
    const file = temp.file('bundle-c.cjs');
    const cacheDir = temp.file('cache-c');
    writeFileSync(file, bundleSource(7));
    const { sum } = loadInFreshProcess(file, cacheDir);
    const cacheFile = onlyCacheFile(cacheDir);
    const good = readFileSync(cacheFile);
    // Flipped bytes all through the compiled code, a truncated file and plain garbage.
    const damaged = [0.1, 0.3, 0.5, 0.7, 0.9].map((at) => {
      const copy = Buffer.from(good);
      const index = Math.floor(copy.length * at);
      copy[index] = (copy[index] ?? 0) ^ 0xff;
      return copy;
    });
    for (const bytes of [...damaged, good.subarray(0, good.length >> 1), Buffer.from('not V8 code at all')]) {
      writeFileSync(cacheFile, bytes);
      expect(loadInFreshProcess(file, cacheDir)).toMatchObject({ status: 'rejected', answer: 7, sum, saved: true });
      expect(loadInFreshProcess(file, cacheDir).status).toBe('accepted');
    }
  });

  it('without a cache directory it only loads; a cache directory that cannot be written costs nothing', () => {
    const file = temp.file('bundle-d.cjs');
    writeFileSync(file, bundleSource(1));
    expect(loadInFreshProcess(file, null)).toMatchObject({ status: 'off', answer: 1, saved: false });
    // A regular file where the directory should be: the save reports false and nothing throws.
    const blocked = temp.file('blocked');
    writeFileSync(blocked, 'a file, not a directory');
    expect(loadInFreshProcess(file, join(blocked, 'cache'))).toMatchObject({ status: 'none', answer: 1, saved: false });
  });
});
