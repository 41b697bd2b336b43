import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const cwd = resolve(import.meta.dirname, '../../..');
// Proves the lint rules enforce the layer arrows: renderer → shared ← electron → db. The made-up files are in no
// tsconfig, so the type-aware rules are off for them (they are proven on real files below).
const eslint = new ESLint({ cwd, overrideConfig: tseslint.configs.disableTypeChecked });
// With CI set, typescript-eslint builds its program once from the files on disk and would not see lintText's code.
const typedEslint = new ESLint({ cwd, overrideConfig: { languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } } });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('layer boundaries enforced by lint', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import { readFileSync } from 'fs';", 'fs'],
    ["import { ipcRenderer } from 'electron';", 'electron'],
    ["import Database from 'better-sqlite3';", 'better-sqlite3'],
    ["import { openDatabase } from '../../db/open';", 'db/'],
    ["import { handlers } from '../../electron/handlers';", 'electron/'],
  ])('renderer/ may not %s (%s)', async (importLine) => {
    const ids = await ruleIds('renderer/src/features/x/bad.ts', `${importLine}\nexport const x = 1;\n`);
    expect(ids).toContain('no-restricted-imports');
  });

  it.each([
    ["import { createHash } from 'node:crypto';"],
    ["import { join } from 'path';"],
    ["import { app } from 'electron';"],
    ["import { openDatabase } from '../db/open';"],
  ])('shared/ may not %s', async (importLine) => {
    const ids = await ruleIds('shared/domain/bad.ts', `${importLine}\nexport const x = 1;\n`);
    expect(ids).toContain('no-restricted-imports');
  });

  it.each(['document.title', 'window.location', 'process.env', 'Buffer.from("x")'])('shared/ may not use the global %s', async (expr) => {
    const ids = await ruleIds('shared/domain/bad.ts', `export const x = ${expr};\n`);
    expect(ids).toContain('no-restricted-globals');
  });

  it('db/ may not import electron', async () => {
    expect(await ruleIds('db/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
  });

  it('allows the permitted arrows', async () => {
    expect(await ruleIds('renderer/src/ok.ts', "import type { Api } from '../../shared/ipc/contract';\nexport type A = Api;\n")).toEqual([]);
    expect(await ruleIds('electron/ok.ts', "import { openDatabase } from '../db/open';\nexport const o = openDatabase;\n")).toEqual([]);
  });

  it('Math.random is refused everywhere (draws must be reproducible)', async () => {
    expect(await ruleIds('shared/domain/r.ts', 'export const r = Math.random();\n')).toContain('no-restricted-syntax');
  });

  it('type-aware rules catch a promise nobody awaits and a switch that misses a case', async () => {
    // A real file of the node config, its text replaced: the type-aware rules need the file to be in a tsconfig.
    const code = [
      'async function later(): Promise<number> { return 1; }',
      'later();',
      "type Side = 'office' | 'field';",
      "export function label(side: Side): string { switch (side) { case 'office': return 'o'; } return ''; }",
      '',
    ].join('\n');
    const [result] = await typedEslint.lintText(code, { filePath: 'electron/handlers/actor.ts' });
    const ids = (result?.messages ?? []).map((m) => m.ruleId);
    expect(ids).toContain('@typescript-eslint/no-floating-promises');
    expect(ids).toContain('@typescript-eslint/switch-exhaustiveness-check');
  }, 120_000); // builds the whole node program once
});
