import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/service';
import { AppError, errorInfoText } from '../../../shared/errors';
import type { RowError } from '../../../shared/import/types';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { wordedRowErrors } from '../../support/row-reasons';
import { fixture } from './fixtures';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const count = (table: string) => (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('writing imports to the store', () => {
  it('R-INS-01 official list: 21 filings of 16 legal entities; re-import updates, never duplicates', async () => {
    const first = await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
    expect(first).toEqual({ inserted: 21, updated: 0, skipped: 0, errors: [] });
    expect(count('filings')).toBe(21);
    expect(count('institutions')).toBe(16);
    const before = dumpDatabase(ctx.db);
    const again = await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
    expect(again).toEqual({ inserted: 0, updated: 21, skipped: 0, errors: [] });
    expect(count('filings')).toBe(21);
    // Only the update timestamps move.
    expect(dumpDatabase(ctx.db).replace(/"updated_at":"[^"]+"/g, '')).toBe(before.replace(/"updated_at":"[^"]+"/g, ''));
  });

  it('R-INS-02 a list without some columns keeps what is stored in them', async () => {
    await importFile(ctx, 'institutions', fixture('institutions-utf8.csv'));
    const stored = ctx.db.prepare(`SELECT address, contact FROM institutions WHERE name = '阳泉市鑫达职业培训学校'`).get();
    // The same filings again from a file without 地址/联系人 columns.
    await importFile(ctx, 'institutions', fixture('institutions-gbk.csv'));
    expect(ctx.db.prepare(`SELECT address, contact FROM institutions WHERE name = '阳泉市鑫达职业培训学校'`).get()).toEqual(stored);
  });

  it.each(['institutions-invalid.xlsx', 'corrupt.xlsx', 'no-header.xlsx', 'empty.csv', 'institutions-missing-columns.csv'])(
    'R-INS-02 %s: rejected with a Chinese error and the database unchanged',
    async (name) => {
      await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
      const before = dumpDatabase(ctx.db);
      const error = await rejection(importFile(ctx, 'institutions', fixture(name)));
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(dumpDatabase(ctx.db)).toBe(before);
    },
  );

  it('invalid rows are all listed and nothing is written', async () => {
    const error = await rejection(importFile(ctx, 'institutions', fixture('institutions-invalid.xlsx')));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toContain('有 5 行不合格，未导入任何数据');
    // The example row's reason is a code inside the sentence: worded in English too, from the same params.
    expect(error.params).toMatchObject({ rowReason: 'ROW_USCC_CHECK_DIGIT', row: 3, column: '统一社会信用代码' });
    const english = errorInfoText(error.toWire(), 'en');
    expect(english).toContain('Wrong check character in the unified social credit code');
    expect(english.replace('“统一社会信用代码”', '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect((error.details as { errors: unknown[] }).errors).toHaveLength(5);
    expect(count('filings')).toBe(0);
  });

  it('validOnly imports just the valid rows and reports the others', async () => {
    const summary = await importFile(ctx, 'institutions', fixture('institutions-invalid.xlsx'), { validOnly: true });
    expect(summary.inserted).toBe(2);
    expect(summary.skipped).toBe(5);
    expect(summary.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(ctx.db.prepare('SELECT filing_no FROM filings ORDER BY filing_no').pluck().all()).toEqual(['V-001', 'V-007']);
  });

  it('takes a backup (backupBeforeChange) before writing', async () => {
    await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
    expect(readdirSync(join(ctx.dataDir, 'backups')).some((name) => name.includes('before-import-institutions'))).toBe(true);
  });

  it('batches and candidates link to the imported filing; re-import updates them in place', async () => {
    await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
    expect(await importFile(ctx, 'batches', fixture('batches.xlsx'))).toMatchObject({ inserted: 4, updated: 0, outsideScope: 0 });
    // The list files no scope, so one is derived from the batches (marked so): 育婴员 at two levels, 保育师, 中式烹调师.
    expect(count('filed_occupations')).toBe(3);
    expect(ctx.db.prepare('SELECT DISTINCT origin FROM filed_occupations').pluck().all()).toEqual(['derived']);
    expect(ctx.db.prepare('SELECT count(*) FROM filed_levels').pluck().get()).toBe(4);
    expect(await importFile(ctx, 'candidates', fixture('candidates.xlsx'))).toMatchObject({ inserted: 8, updated: 0 });
    expect(await importFile(ctx, 'batches', fixture('batches.xlsx'))).toMatchObject({ inserted: 0, updated: 4 });
    expect(await importFile(ctx, 'candidates', fixture('candidates.xlsx'))).toMatchObject({ inserted: 0, updated: 8 });
    expect(count('candidates')).toBe(8);
    expect(ctx.db.prepare(`SELECT uploaded_national, not_uploaded_reason FROM candidates WHERE name = '陈静'`).get()).toEqual({
      uploaded_national: 0,
      not_uploaded_reason: 'eligibility',
    });
  });

  it('rows naming a filing or batch that does not exist are row errors', async () => {
    const batches = await rejection(importFile(ctx, 'batches', fixture('batches.xlsx')));
    expect(wordedRowErrors((batches.details as { errors: RowError[] }).errors)[0]).toMatchObject({
      column: '机构备案号',
      reason: expect.stringContaining('请先导入机构名单'),
    });
    await importFile(ctx, 'institutions', fixture('institutions-official.xlsx'));
    await importFile(ctx, 'batches', fixture('batches.xlsx'));
    const before = dumpDatabase(ctx.db);
    const candidates = await rejection(importFile(ctx, 'candidates', fixture('candidates-invalid.xlsx')));
    const errors = (candidates.details as { errors: { row: number; column: string }[] }).errors;
    expect(errors.at(-1)).toMatchObject({ row: 6, column: '批次编号' });
    expect(dumpDatabase(ctx.db)).toBe(before);
  });
});
