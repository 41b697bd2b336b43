import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/service';
import { errorRegistry, isAppError } from '../../../shared/errors';
import type { RowError } from '../../../shared/import/types';
import { makeTestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { usccFor } from '../../support/import-data';
import { reasonWords } from '../../support/row-reasons';

const HEADER = ['评价机构名称', '统一社会信用代码', '机构类别', '机构备案号', '备案年度', '备案有效期'];

// Plausible values mixed with hostile ones: quotes, separators, line breaks, characters GBK cannot encode.
const cell = fc.oneof(
  fc.constantFrom('阳泉市某评价中心', '自主评价企业', '社会培训评价组织', '2020年', '2021-02-30', '2020-09-01至2023-08-31', ''),
  fc.nat({ max: 50 }).map((n) => usccFor(n)),
  fc.constantFrom('"', '""', ',', '\n', '\r\n', '"a,b"', '😀', '𠀀', '\u00e9', 'x"y'),
  fc.string({ maxLength: 12 }),
);
const row = fc.array(cell, { minLength: 0, maxLength: 8 });

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csvFile = fc.record({
  rows: fc.array(row, { minLength: 0, maxLength: 6 }),
  // Offices' files are not always well formed: sometimes cells are written without any quoting.
  quoted: fc.boolean(),
  encoding: fc.constantFrom('utf8', 'utf8-bom', 'gbk'),
});

describe('any CSV of random cells', () => {
  const ctx = makeTestContext();
  afterAll(() => ctx.cleanup());

  it('imports, or is rejected with row/column errors (AppError only) and the database unchanged', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(csvFile, async ({ rows, quoted, encoding }) => {
        const lines = [HEADER, ...rows].map((cells) => cells.map((value) => (quoted ? quote(value) : value)).join(','));
        const text = `${lines.join('\r\n')}\r\n`;
        const path = ctx.dataDir + `/random-${run++}.csv`;
        const bytes = encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(encoding === 'utf8-bom' ? `\ufeff${text}` : text, 'utf8');
        writeFileSync(path, bytes);
        const before = dumpDatabase(ctx.db);
        try {
          const summary = await importFile(ctx, 'institutions', path, { workerScript: null });
          expect(summary.errors).toEqual([]);
        } catch (error) {
          expect(isAppError(error)).toBe(true);
          if (!isAppError(error)) return;
          expect(['IMPORT_INVALID', 'IMPORT_CSV_SYNTAX']).toContain(error.code);
          const errors = (error.details as { errors: RowError[] }).errors;
          expect(errors.length).toBeGreaterThan(0);
          for (const problem of errors) {
            expect(problem.row).toBeGreaterThanOrEqual(2);
            expect(problem.column.length).toBeGreaterThan(0);
            expect(errorRegistry[problem.reason.code], problem.reason.code).toBeDefined();
            expect(reasonWords(problem.reason)).toMatch(/[\u4e00-\u9fff]/);
          }
          expect(dumpDatabase(ctx.db)).toBe(before);
        }
      }),
      { numRuns: 80 },
    );
  });
});
