import { truncateSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../electron/services/import/parse-file';
import { AppError } from '../../../shared/errors';
import { importLimits } from '../../../shared/import/limits';
import type { RowError } from '../../../shared/import/types';
import { makeTempDir } from '../../support/temp';
import { usccFor } from '../../support/import-data';
import { wordedRowErrors } from '../../support/row-reasons';
import { fixture } from './fixtures';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('files that cannot be imported', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it.each([
    ['corrupt.xlsx', 'IMPORT_CORRUPT', '已损坏'],
    ['no-header.xlsx', 'IMPORT_NO_HEADER', '未找到表头'],
    ['empty-sheet.xlsx', 'IMPORT_NO_HEADER', '未找到表头'],
    ['empty.csv', 'IMPORT_EMPTY', '文件是空的'],
    ['legacy.xls', 'IMPORT_UNSUPPORTED_FORMAT', '.xls'],
    ['institutions-missing-columns.csv', 'IMPORT_MISSING_COLUMNS', '统一社会信用代码、机构备案号'],
  ])('%s → %s with a Chinese message', async (name, code, text) => {
    const error = await failure(parseImportFile('institutions', fixture(name)));
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
  });

  it('a missing file is named in the error', async () => {
    const error = await failure(parseImportFile('institutions', temp.file('没有这个文件.xlsx')));
    expect(error.code).toBe('IMPORT_FILE_NOT_FOUND');
  });

  it(`a file over ${importLimits.maxBytes / 1024 / 1024} MB is refused before it is read`, async () => {
    const path = temp.file('huge.csv');
    writeFileSync(path, '');
    truncateSync(path, importLimits.maxBytes + 1); // sparse: no disk used
    const error = await failure(parseImportFile('institutions', path));
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toContain('导入上限为 64.0 MB');
  });

  it('more data rows than the row limit are refused', async () => {
    const path = temp.file('many.csv');
    const rows = Array.from({ length: 30 }, (_, i) => `机构${i},${usccFor(i)},自主评价企业,F${i},2020年`);
    writeFileSync(path, `评价机构名称,统一社会信用代码,机构类别,机构备案号,备案年度\n${rows.join('\n')}\n`);
    const error = await failure(parseImportFile('institutions', path, { limits: { ...importLimits, maxRows: 20 } }));
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toContain('超过 20 行');
  });

  it('an unclosed quote in a CSV is a row/column error', async () => {
    const path = temp.file('quote.csv');
    writeFileSync(path, `评价机构名称,统一社会信用代码,机构类别,机构备案号,备案年度\n"未闭合,${usccFor(1)},自主评价企业,F1,2020年\n`);
    const error = await failure(parseImportFile('institutions', path));
    expect(error.code).toBe('IMPORT_CSV_SYNTAX');
    expect(error.details).toEqual({ errors: [{ row: 2, column: '评价机构名称', reason: { code: 'IMPORT_UNCLOSED_QUOTE' } }] });
    expect(wordedRowErrors((error.details as { errors: RowError[] }).errors)[0]?.reason).toContain('引号没有闭合');
  });
});
