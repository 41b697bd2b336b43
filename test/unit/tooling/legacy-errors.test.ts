import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

/** Files allowed to keep the old form: none (the string form of AppError's parameters is also a type error now). */
const OWNED_ELSEWHERE: RegExp[] = [];

/** A ready-made sentence as the second argument: `new AppError(CODE, '…')` / `` `…` `` or `syncError('X', '…')`. */
const LEGACY_CALL = /\b(?:new AppError|syncError)\(\s*(?:'[A-Z0-9_]+'|[A-Za-z_][\w.]*)\s*,\s*['"`]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function legacyCalls(): string[] {
  return ['electron', 'db', 'shared'].flatMap(sourceFiles).flatMap((path) => {
    const text = readFileSync(join(root, path), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')) // comments may quote the old form
      .replace(/\/\/.*$/gm, '');
    return [...text.matchAll(LEGACY_CALL)].map((match) => `${relative(root, join(root, path))}:${text.slice(0, match.index).split('\n').length}`);
  });
}

describe('errors come from the registry', () => {
  it('finds an old-style call the way the scan reads files', () => {
    LEGACY_CALL.lastIndex = 0;
    expect("throw new AppError('X', `句子 ${x}`)".match(LEGACY_CALL)).toHaveLength(1);
    expect("new AppError(\n  'X',\n  '句子',\n)".match(LEGACY_CALL)).toHaveLength(1);
    expect("syncError('SYNC_X', '细节')".match(LEGACY_CALL)).toHaveLength(1);
    expect("new AppError('X', { file })".match(LEGACY_CALL)).toBeNull();
  });

  it('has no AppError built from a ready-made sentence outside the files other branches still own', () => {
    const left = legacyCalls().filter((site) => !OWNED_ELSEWHERE.some((pattern) => pattern.test(site.split(':')[0] ?? '')));
    expect(left).toEqual([]);
  });
});
