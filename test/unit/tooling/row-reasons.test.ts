import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorRegistry } from '../../../shared/errors';

const root = join(__dirname, '../../..');
/** Where import row reasons are made: the validators, the row checks and the writers. */
const FOLDERS = ['shared/domain/validation', 'shared/import', 'electron/services/import'];

/**
 * A reason given as a ready-made sentence: `invalid('…中文…')`, `r.fail('key', '…中文…')`, `missing(key, '（…）')`,
 * `reason: '…中文…'` or `` reason: `…` `` — a string the window would show as it is in either language.
 */
const SENTENCE_REASON = /\b(?:invalid|fail|refuse|missing)\((?:[^()]*?,)?\s*['"`][^'"`]*[\u4e00-\u9fff]|\breason:\s*['"`][^'"`]*[\u4e00-\u9fff]/g;
const ROW_CODE = /'(ROW_[A-Z0-9_]+)'/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function code(path: string): string {
  return readFileSync(join(root, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/\/\/.*$/gm, '');
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

describe('import row reasons are registry codes', () => {
  it('finds a reason written as a sentence the way the scan reads files', () => {
    const found = (text: string) => [...text.matchAll(SENTENCE_REASON)].length;
    expect(found("return invalid('身份证号码为空');")).toBe(1);
    expect(found('return invalid(`身份证号码应为18位，实际为${n}位`);')).toBe(1);
    expect(found("r.fail('publicityEnd', `公示结束日期 ${end} 早于开始日期 ${start}`);")).toBe(1);
    expect(found("r.missing('filingYear', '（或填写备案有效期）')")).toBe(1);
    expect(found('errors.push({ row, column, reason: `没有编号为 ${batchNo} 的批次` });')).toBe(1);
    expect(found("return invalid('ROW_ID_EMPTY');")).toBe(0);
    expect(found("r.fail('validTo', 'ROW_VALIDITY_END_BEFORE_START', { from, to });")).toBe(0);
  });

  it('no validator, row check or writer gives a ready-made sentence as a row reason', () => {
    const sites = FOLDERS.flatMap(sourceFiles).flatMap((path) => {
      const text = code(path);
      return [...text.matchAll(SENTENCE_REASON)].map((match) => `${path}:${lineOf(text, match.index)}`);
    });
    expect(sites).toEqual([]);
  });

  it('every ROW_ code they name is in the registry (a mistyped code would be shown as “错误 ROW_…”)', () => {
    const unknown = FOLDERS.flatMap(sourceFiles).flatMap((path) => {
      const text = code(path);
      return [...text.matchAll(ROW_CODE)].filter((match) => !(match[1]! in errorRegistry)).map((match) => `${path}: ${match[1]}`);
    });
    expect(unknown).toEqual([]);
  });
});
