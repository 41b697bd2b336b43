import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shapeProblems } from '../../../electron/services/pdf/patches/guard';
import { ALL_PATCHES } from '../../../electron/services/pdf/patches';
import { installPlainCjkLayout } from '../../../electron/services/pdf/patches/plain-cjk-layout';
import { installedVersions, PINNED_VERSIONS, versionProblems } from '../../../electron/services/pdf/patches/upstream-versions';

const PATCH_DIR = join(process.cwd(), 'electron', 'services', 'pdf', 'patches');

afterEach(() => vi.restoreAllMocks());

describe('the versions the PDF patches were written for (upstream-versions.ts)', () => {
  it('finds pdfmake, the pdfkit pdfmake loads and the fontkit that pdfkit loads, at the pinned versions', () => {
    expect(installedVersions()).toEqual(PINNED_VERSIONS);
    expect(versionProblems(PINNED_VERSIONS)).toEqual([]);
  });

  it('names each package whose version differs or is unknown, with what was expected', () => {
    const problems = versionProblems({ ...PINNED_VERSIONS, pdfkit: '0.19.2', fontkit: undefined });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('pdfkit 0.19.2');
    expect(problems[0]).toContain(PINNED_VERSIONS.pdfkit);
    expect(problems[1]).toContain('fontkit');
    expect(problems[1]).toContain(PINNED_VERSIONS.fontkit);
  });

  it('agrees with package.json: pdfmake exact in dependencies, its pdfkit and fontkit in overrides', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      overrides: { pdfmake: { pdfkit: { '.': string; fontkit: string } } };
    };
    expect(manifest.dependencies.pdfmake).toBe(PINNED_VERSIONS.pdfmake);
    expect(manifest.overrides.pdfmake.pdfkit['.']).toBe(PINNED_VERSIONS.pdfkit);
    expect(manifest.overrides.pdfmake.pdfkit.fontkit).toBe(PINNED_VERSIONS.fontkit);
  });
});

describe('method shapes (guard.ts)', () => {
  class Upstream {
    measure(_pieces: unknown, _stack: unknown) {}
  }
  const shape = (holder: unknown, method: string, arity: number) => ({ where: 'pdfmake TextInlines.prototype', holder, method, arity });

  it('accepts a method that exists with the expected number of parameters', () => {
    expect(shapeProblems([shape(Upstream.prototype, 'measure', 2)])).toEqual([]);
  });

  it('reports a renamed method, a changed parameter count and a missing holder', () => {
    const renamed = shape(Upstream.prototype, 'measureInlines', 2);
    const problems = shapeProblems([renamed, shape(Upstream.prototype, 'measure', 3), shape(undefined, 'measure', 2)]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('TextInlines.prototype.measureInlines');
    expect(problems[1]).toContain('TextInlines.prototype.measure');
    expect(problems[1]).toContain('3');
  });

  it('a class reached only from a document (pdfkit EmbeddedFont) is left stock when its method changed, with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const layoutRun = function layoutRun(_text: string) {
      return 'stock';
    };
    const changed = { font: {}, scale: 1, layoutRun };
    const other = { font: {}, scale: 1, layoutRun };
    installPlainCjkLayout(changed as never);
    installPlainCjkLayout(other as never);
    expect(changed.layoutRun).toBe(layoutRun);
    expect(other.layoutRun).toBe(layoutRun);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('EmbeddedFont.prototype.layoutRun');
  });
});

describe('the patch files', () => {
  const header = (file: string) => /^\/\*\*[\s\S]*?\*\//m.exec(readFileSync(join(PATCH_DIR, file), 'utf8'))?.[0] ?? '';

  it('each names in its header the upstream package, its pinned version and every method it replaces', () => {
    expect(ALL_PATCHES.length).toBeGreaterThanOrEqual(7);
    for (const patch of ALL_PATCHES) {
      for (const { package: name, method } of patch.replaces) {
        expect(header(patch.file), patch.file).toContain(`${name} ${PINNED_VERSIONS[name]} ${method}`);
      }
    }
  });

  it('depend on pdfmake and on each other, not on the report layout', () => {
    for (const file of readdirSync(PATCH_DIR).filter((name) => name.endsWith('.ts'))) {
      const imports = [...readFileSync(join(PATCH_DIR, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1] as string);
      const reportCode = imports.filter((path) => /^\.\.\/(layout|documents|load|model|build-document|render-report)/.test(path));
      expect(reportCode, file).toEqual([]);
    }
  });
});
