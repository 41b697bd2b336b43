import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The exact versions the patches in this folder were written and tested against: pdfmake, the pdfkit pdfmake loads
 * and the fontkit that pdfkit loads (package.json pins them: pdfmake in dependencies, the other two in overrides).
 * Upgrading one means reading its changes to every method the patches name in their headers (docs/pdf-patches.md).
 */
export const PINNED_VERSIONS = { pdfmake: '0.3.11', pdfkit: '0.19.1', fontkit: '2.0.4' } as const;

export type UpstreamPackage = keyof typeof PINNED_VERSIONS;
export type UpstreamVersions = Readonly<Record<UpstreamPackage, string | undefined>>;

/**
 * Set by scripts/build.mjs: a bundle carries pdfmake, pdfkit and fontkit inside it and may run where their
 * package.json files are not, so the build writes down the versions it bundled.
 */
declare const __PDF_UPSTREAM_VERSIONS__: UpstreamVersions | undefined;

/** The directory of the package `name` as Node resolves it for `fromFile` (the first node_modules/<name> found). */
function packageDir(fromFile: string, name: string): string | undefined {
  const candidates = createRequire(fromFile).resolve.paths(name) ?? [];
  return candidates.map((dir) => join(dir, name)).find((dir) => existsSync(join(dir, 'package.json')));
}

function versionIn(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : undefined;
}

/** Read from the package.json files, each package resolved from the one that loads it (as the patched code is). */
function readInstalledVersions(): UpstreamVersions {
  const pdfmake = packageDir(import.meta.url, 'pdfmake');
  const pdfkit = pdfmake && packageDir(join(pdfmake, 'package.json'), 'pdfkit');
  const fontkit = pdfkit && packageDir(join(pdfkit, 'package.json'), 'fontkit');
  return { pdfmake: versionIn(pdfmake), pdfkit: versionIn(pdfkit), fontkit: versionIn(fontkit) };
}

/** The versions this process runs; a package that cannot be found or read is undefined. */
export function installedVersions(): UpstreamVersions {
  if (typeof __PDF_UPSTREAM_VERSIONS__ !== 'undefined') return __PDF_UPSTREAM_VERSIONS__;
  try {
    return readInstalledVersions();
  } catch {
    return { pdfmake: undefined, pdfkit: undefined, fontkit: undefined };
  }
}

/** One sentence per package whose version is not the pinned one. */
export function versionProblems(installed: UpstreamVersions): string[] {
  return (Object.keys(PINNED_VERSIONS) as UpstreamPackage[])
    .filter((name) => installed[name] !== PINNED_VERSIONS[name])
    .map((name) =>
      installed[name] === undefined
        ? `${name} 的版本无法读取（补丁针对 ${PINNED_VERSIONS[name]}）`
        : `${name} ${installed[name]} 不是补丁针对的 ${PINNED_VERSIONS[name]}`,
    );
}
