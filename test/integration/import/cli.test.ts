import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import type { RowError } from '../../../shared/import/types';
import { runCliCaptured } from '../../support/cli';
import { makeTempDir } from '../../support/temp';
import { fixture } from './fixtures';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

/** import refuses a missing --db (DB_FILE_MISSING): the database is made first, as `db migrate` would. */
function newDatabase(): string {
  const file = temp.file('app.sqlite');
  openDatabase(file, { create: true }).db.close();
  return file;
}

describe('skill-inspector import', () => {
  it('exit 0 and a JSON summary when every row is valid', async () => {
    const db = newDatabase();
    const result = await runCliCaptured(['import', 'institutions', fixture('institutions-gbk.csv'), '--db', db, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ inserted: 3, updated: 0, skipped: 0, errors: [] });
  });

  it('exit 2 with every error listed when a row is invalid', async () => {
    const db = newDatabase();
    const json = await runCliCaptured(['import', 'institutions', fixture('institutions-invalid.xlsx'), '--db', db, '--json']);
    expect(json.code).toBe(2);
    const output = JSON.parse(json.stdout) as { inserted: number; errors: RowError[] };
    expect(output.inserted).toBe(0);
    expect(output.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(output.errors[1]).toEqual({ row: 4, column: '有效期起', reason: { code: 'ROW_DATE_NONEXISTENT', params: { text: '2021-02-30' } } });
    const text = await runCliCaptured(['import', 'institutions', fixture('institutions-invalid.xlsx'), '--db', db]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('第 4 行 [有效期起] 日期不存在：2021-02-30');
    // In English the sentence and every row reason are English; the file's headers stay as written.
    const english = await runCliCaptured(['import', 'institutions', fixture('institutions-invalid.xlsx'), '--db', db, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('  Row 4 [有效期起] The date does not exist: 2021-02-30');
    const reasons = english.stderr.split('\n').flatMap((line) => /^ {2}Row \d+ \[[^\]]+\] (.*)$/.exec(line)?.[1] ?? []);
    expect(reasons).toHaveLength(5);
    // Chinese only where the file's words are quoted: the form's column names and a column's allowed values.
    expect(reasons.filter((reason) => /[\u4e00-\u9fff]/.test(reason))).toEqual([
      'Duplicates row 2 (same 统一社会信用代码 + 机构备案号)',
      '“培训机构” is not a valid value; use 自主评价企业、自主评价院校、社会培训评价组织',
    ]);
  });

  it('--valid-only imports the valid rows and exits 0', async () => {
    const db = newDatabase();
    const result = await runCliCaptured(['import', 'institutions', fixture('institutions-invalid.xlsx'), '--db', db, '--valid-only', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ inserted: 2, skipped: 5 });
  });

  it('exit 2 and a Chinese message for a corrupt file; an unknown kind is a usage error', async () => {
    const db = newDatabase();
    const corrupt = await runCliCaptured(['import', 'institutions', fixture('corrupt.xlsx'), '--db', db]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toContain('IMPORT_CORRUPT');
    const unknown = await runCliCaptured(['import', 'teachers', fixture('corrupt.xlsx'), '--db', db]);
    expect(unknown.code).toBe(2);
  });
});
