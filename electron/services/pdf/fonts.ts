import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The two weights the reports embed; copied from @expo-google-fonts/noto-sans-sc by scripts/copy-fonts.mjs. */
export const FONT_FILES = { normal: 'NotoSansSC-Regular.ttf', bold: 'NotoSansSC-Bold.ttf' } as const;
export const FONT_FAMILY = 'NotoSansSC';

/**
 * Finds build/fonts: an explicit override first (tests, packaged app passing process.resourcesPath/fonts),
 * then SKILL_INSPECTOR_FONT_DIR, then build/fonts above the working directory or this module (dev, CLI, tests).
 */
export function resolveFontDir(explicit?: string): string {
  const candidates = [
    explicit,
    process.env.SKILL_INSPECTOR_FONT_DIR,
    packagedFontDir(),
    ...ancestors(process.cwd()).map((dir) => join(dir, 'build', 'fonts')),
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
  // CJS bundle (out/main) has __dirname; the ESM sources run through tsx fall back to the working directory.
  return typeof __dirname === 'string' ? __dirname : process.cwd();
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
