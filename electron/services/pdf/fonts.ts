import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two weights the reports embed; copied from @expo-google-fonts/noto-sans-sc by scripts/copy-fonts.mjs. */
export const FONT_FILES = { normal: 'NotoSansSC-Regular.ttf', bold: 'NotoSansSC-Bold.ttf' } as const;
export const FONT_FAMILY = 'NotoSansSC';

/**
 * Finds build/fonts: an explicit override first (tests, packaged app passing process.resourcesPath/fonts),
 * then SKILL_INSPECTOR_FONT_DIR, then build/fonts of the package this module belongs to (dev, CLI, tests). Never the
 * working directory: the installed CLI is run from anywhere, and a folder there must not decide what a report embeds.
 */
export function resolveFontDir(explicit?: string): string {
  const candidates = [
    explicit,
    process.env.SKILL_INSPECTOR_FONT_DIR,
    packagedFontDir(),
    ...ancestors(moduleDir()).map((dir) => join(dir, 'build', 'fonts')),
  ];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, FONT_FILES.normal)) && existsSync(join(dir, FONT_FILES.bold))) return dir;
  }
  throw new Error(`找不到报告字体 ${FONT_FILES.normal}（请运行 node scripts/copy-fonts.mjs,或设置 SKILL_INSPECTOR_FONT_DIR）`);
}

function packagedFontDir(): string | undefined {
  // Electron sets resourcesPath; electron-builder copies build/fonts there as extraResources "fonts".
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  return resourcesPath ? join(resourcesPath, 'fonts') : undefined;
}

function moduleDir(): string {
  // The CJS bundle (out/main/*.cjs) has __dirname; the ESM sources run through tsx (CLI, tests) have import.meta.url.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

function ancestors(start: string): string[] {
  const dirs: string[] = [];
  let dir = resolve(start);
  for (let i = 0; i < 8; i++) {
    dirs.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}
