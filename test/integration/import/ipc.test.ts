import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { grantPath } from '../../../electron/handlers/granted-paths';
import type { ImportPreview } from '../../../shared/import/preview';
import type { ImportProgress } from '../../../shared/import/types';
import { eventNames } from '../../../shared/ipc/contract';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { wordedRowErrors } from '../../support/row-reasons';
import { fixture as fixturePath } from './fixtures';

/** A fixture as if the user had chosen it in the open dialog (files:chooseOpen). */
function fixture(name: string): string {
  const path = fixturePath(name);
  grantPath(ctx, 'read', path);
  return path;
}

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

describe('import over IPC', () => {
  it('import:preview reads, checks and writes nothing; progress goes out as import:progress', async () => {
    const before = dumpDatabase(ctx.db);
    const result = await dispatch(ctx, 'import:preview', { kind: 'institutions', path: fixture('institutions-invalid.xlsx') });
    expect(result.ok).toBe(true);
    const preview = (result as { value: ImportPreview }).value;
    expect(preview).toMatchObject({ totalRows: 7, validRows: 2, invalidRows: 5, errorCount: 5, headerRow: 1 });
    expect(preview.columns.map((c) => c.header)).toEqual([
      '评价机构名称',
      '统一社会信用代码',
      '机构类别',
      '机构备案号',
      '备案年度',
      '有效期起',
      '有效期止',
    ]);
    expect(preview.rows[1]?.errors[0]).toMatchObject({ column: '统一社会信用代码', reason: { code: 'ROW_USCC_CHECK_DIGIT' } });
    expect(dumpDatabase(ctx.db)).toBe(before);
    expect(eventNames).toContain('import:progress');
    const phases = ctx.events.filter((e) => e.event === 'import:progress').map((e) => (e.payload as ImportProgress).phase);
    expect(phases).toContain('reading');
    expect(phases).toContain('validating');
  });

  it('import:preview shows rows whose filing is not in the database yet', async () => {
    const result = await dispatch(ctx, 'import:preview', { kind: 'batches', path: fixture('batches.xlsx') });
    const preview = (result as { value: ImportPreview }).value;
    expect(preview.invalidRows).toBe(4);
    expect(preview.rows[0]?.errors[0]?.reason.code).toBe('ROW_FILING_NOT_FOUND');
    expect(wordedRowErrors(preview.rows[0]?.errors ?? [])[0]?.reason).toContain('请先导入机构名单');
    expect(wordedRowErrors(preview.rows[0]?.errors ?? [], 'en')[0]?.reason).toContain('import the institution list first');
  });

  it('import:commit refuses invalid rows with the row errors in details, or imports the valid ones when asked', async () => {
    const refused = await dispatch(ctx, 'import:commit', { kind: 'institutions', path: fixture('institutions-invalid.xlsx') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID', details: { errors: expect.any(Array) } } });
    const accepted = await dispatch(ctx, 'import:commit', { kind: 'institutions', path: fixture('institutions-invalid.xlsx'), validOnly: true });
    expect(accepted).toMatchObject({ ok: true, value: { inserted: 2, skipped: 5 } });
    const phases = ctx.events.map((e) => (e.payload as ImportProgress).phase);
    expect(phases.at(-1)).toBe('done');
  });

  it('rejects an unknown kind before touching the file', async () => {
    const result = await dispatch(ctx, 'import:commit', { kind: 'teachers', path: fixture('batches.xlsx') });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  });
});
