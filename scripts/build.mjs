// Builds everything Electron loads: main + preload (+ worker entries) with esbuild, the renderer with Vite.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * Main keeps npm packages external (native modules, packages that read their own files at run time) —
 * except ESM-only ones, which a CommonJS bundle cannot require(): those are bundled in.
 */
function externalPackages() {
  const { dependencies } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  return Object.keys(dependencies).filter((name) => {
    try {
      require.resolve(name);
      return true;
    } catch {
      return false;
    }
  });
}

/** The package directory Node finds for `name` from `fromFile` (as patches/upstream-versions.ts does in the sources). */
function packageDir(fromFile, name) {
  const candidates = createRequire(fromFile).resolve.paths(name) ?? [];
  return candidates.map((dir) => resolve(dir, name)).find((dir) => existsSync(resolve(dir, 'package.json')));
}

/**
 * The versions of pdfmake, the pdfkit it loads and that pdfkit's fontkit, written into the bundles: the PDF speed-ups
 * check them at load (electron/services/pdf/patches/), and a bundle may run where no package.json of theirs is.
 */
function pdfUpstreamVersions() {
  const version = (dir) => (dir ? JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')).version : undefined);
  const pdfmake = packageDir(resolve(root, 'package.json'), 'pdfmake');
  const pdfkit = pdfmake && packageDir(resolve(pdfmake, 'package.json'), 'pdfkit');
  const fontkit = pdfkit && packageDir(resolve(pdfkit, 'package.json'), 'fontkit');
  return { pdfmake: version(pdfmake), pdfkit: version(pdfkit), fontkit: version(fontkit) };
}

/** Node-side bundles. Worker entries are built when their feature exists. */
export const nodeEntries = [
  { entry: 'electron/main/index.ts', out: 'out/main/index.cjs' },
  { entry: 'electron/preload/index.ts', out: 'out/preload/index.cjs' },
  { entry: 'electron/services/import/worker-entry.ts', out: 'out/main/import-worker.cjs', optional: true },
  // The thread that holds a PostgreSQL office store's connection (db/engine/pg/sync-channel.ts).
  { entry: 'db/engine/pg/worker.ts', out: 'out/main/pg-worker.cjs' },
  { entry: 'electron/services/pdf/worker-loader.ts', out: 'out/main/pdf-worker.cjs', optional: true },
  // Everything the PDF worker runs in one file, so V8's stored compiled code covers it (worker-loader.ts).
  { entry: 'electron/services/pdf/worker-serve.ts', out: 'out/main/pdf-worker-core.cjs', optional: true, bundleAll: true },
];

/** esbuild options for one Node-side entry (also used by the PDF bench to build the worker as shipped). */
export function nodeBuildOptions({ entry, out, bundleAll = false }) {
  const isPreload = entry.includes('preload');
  return {
    entryPoints: [resolve(root, entry)],
    outfile: resolve(root, out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: true,
    // The sandboxed preload may only require 'electron', so it bundles everything else; a bundleAll entry needs no
    // npm package at run time (pdfkit reads files of its own only for the 14 standard PDF fonts, which reports never use).
    external: isPreload || bundleAll ? ['electron'] : ['electron', ...externalPackages().flatMap((name) => [name, `${name}/*`])],
    // Less to parse on a cold start; identifiers stay readable in stack traces.
    minifyWhitespace: bundleAll,
    minifySyntax: bundleAll,
    define: { __PDF_UPSTREAM_VERSIONS__: JSON.stringify(pdfUpstreamVersions()) },
    // patches/upstream-versions.ts reads import.meta.url only where the define above is missing (the sources).
    ...(bundleAll ? { logOverride: { 'empty-import-meta': 'silent' } } : {}),
  };
}

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  for (const entry of nodeEntries) {
    if (entry.optional && !existsSync(resolve(root, entry.entry))) continue;
    await esbuild({ ...nodeBuildOptions(entry), logLevel: quiet ? 'silent' : 'warning' });
  }
  await viteBuild({ configFile: resolve(root, 'vite.config.ts'), logLevel: quiet ? 'silent' : 'warn' });
  if (!quiet) console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
