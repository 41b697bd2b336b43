import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileErrorFor } from '../../../db/sqlite-errors';
import { importFile } from '../../../electron/services/import/service';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { usccFor } from '../../support/import-data';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** Enough institutions that their rows cannot fit in the pages the database already has. */
function manyInstitutions(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `阳泉市第${i + 1}职业培训学校,${usccFor(i + 1)},社会培训评价组织,C-${i + 1},2020年`);
  const path = temp.file('many.csv');
  writeFileSync(path, ['评价机构名称,统一社会信用代码,机构类别,机构备案号,备案年度', ...rows].join('\n'));
  return path;
}

// A full disk, provoked for real: the connection may not grow the file past its current pages (PRAGMA max_page_count),
// so the import's inserts fail with SQLITE_FULL — which the CLI words as DISK_FULL, with nothing stored.
let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

describe('an import on a full disk', () => {
  it('fails with SQLITE_FULL, changes nothing, and maps to DISK_FULL', async () => {
    const before = dumpDatabase(ctx.db);
    const pages = ctx.db.pragma('page_count', { simple: true }) as number;
    ctx.db.pragma(`max_page_count = ${pages}`);
    const error = await importFile(ctx, 'institutions', manyInstitutions(300)).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'SQLITE_FULL' });
    expect(fileErrorFor(error, '/data/app.sqlite')?.code).toBe('DISK_FULL');
    ctx.db.pragma('max_page_count = 1073741823');
    expect(dumpDatabase(ctx.db)).toBe(before);
  });
});
