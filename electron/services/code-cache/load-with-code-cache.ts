import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What happened to the stored compiled code on this load. */
export type CodeCacheStatus = 'none' | 'accepted' | 'rejected' | 'off';

export interface LoadedWithCodeCache {
  exports: unknown;
  status: CodeCacheStatus;
  /**
   * Stores V8's compiled code for the file, including every function run so far: call it once the module has done its
   * first real work. Returns false (and stores nothing) when there is nothing new to store or the disk refuses.
   */
  saveCodeCache(): boolean;
}

/**
 * Loads a CommonJS bundle the way Node's require would, but hands V8 the compiled code stored by an earlier run, so a
 * fresh worker does not parse and compile the bundle again (Node 20 has no module.enableCompileCache; Electron's Node
 * does, but only for modules it loads itself, and the worker starts before any cache is warm). The stored file is
 * named by the SHA-256 of the bundle and V8's version: a changed bundle never meets old code. V8 checks its header
 * (version, flags) but not the compiled code itself — a flipped byte there can crash the process — so the file starts
 * with the SHA-256 of the code, and a file that does not match it is never handed to V8: the bundle then compiles from
 * source and the next save replaces the file.
 */
export function loadWithCodeCache(file: string, cacheDir: string | undefined): LoadedWithCodeCache {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheDir
    ? join(cacheDir, `${createHash('sha256').update(source).update(process.versions.v8).digest('hex').slice(0, 32)}.v8cache`)
    : undefined;
  const stored = cacheFile ? readIfPresent(cacheFile) : undefined;
  const cachedData = stored ? verifiedCode(stored) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const status: CodeCacheStatus = !cacheFile ? 'off' : !stored ? 'none' : !cachedData || script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  let saved = status === 'accepted';
  return {
    exports: module.exports,
    status,
    saveCodeCache() {
      if (saved || !cacheFile) return false;
      saved = true;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        // Written aside and renamed, so a worker starting meanwhile never reads half a file.
        const partial = `${cacheFile}.${process.pid}.partial`;
        const code = script.createCachedData();
        writeFileSync(partial, Buffer.concat([sha256(code), code]));
        renameSync(partial, cacheFile);
        return true;
      } catch {
        // The cache only saves time; a read-only or full disk must not fail a report.
        return false;
      }
    },
  };
}

const DIGEST_BYTES = 32;

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The compiled code of a stored file whose leading SHA-256 matches it, else undefined. */
function verifiedCode(stored: Buffer): Buffer | undefined {
  if (stored.length <= DIGEST_BYTES) return undefined;
  const code = stored.subarray(DIGEST_BYTES);
  return sha256(code).equals(stored.subarray(0, DIGEST_BYTES)) ? code : undefined;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
