import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/service';
import { makeTestContext, type TestContext } from '../../support/context';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

/** Full-width ASCII, as Word and Chinese input methods type it. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function institutionsCsv(name: string, uscc: string, filingNo: string, address: string): string {
  const path = resolve(temp.dir, name);
  writeFileSync(
    path,
    `评价机构名称,统一社会信用代码,机构类别,机构备案号,备案年度,地址\n阳泉市鑫达职业培训学校,${uscc},社会培训评价组织,${filingNo},2020年,${address}\n`,
  );
  return path;
}

describe('identifiers are stored and matched in one form', () => {
  it('a filing imported with full-width USCC and filing number is updated by a half-width import, not duplicated', async () => {
    const typed = institutionsCsv('full-width.csv', fullWidth('9114030000000009np'), `\u3000${fullWidth('C-001')} `, '旧地址');
    expect(await importFile(ctx, 'institutions', typed)).toMatchObject({ inserted: 1, updated: 0 });
    const half = institutionsCsv('half-width.csv', '9114030000000009NP', 'C-001', '新地址');
    expect(await importFile(ctx, 'institutions', half)).toMatchObject({ inserted: 0, updated: 1 });
    const filings = ctx.db.prepare('SELECT f.filing_no, i.uscc, i.address FROM filings f JOIN institutions i ON i.id = f.institution_id').all();
    expect(filings).toEqual([{ filing_no: 'C-001', uscc: '9114030000000009NP', address: '新地址' }]);
  });

  it('dash variants in a filing number are one filing', async () => {
    await importFile(ctx, 'institutions', institutionsCsv('dash-a.csv', '9114030000000009NP', 'C–001', '甲'));
    expect(await importFile(ctx, 'institutions', institutionsCsv('dash-b.csv', '9114030000000009NP', 'C-001', '乙'))).toMatchObject({
      inserted: 0,
      updated: 1,
    });
  });
});

describe('batch numbers', () => {
  it('a batch imported with a full-width batch number is updated by a half-width one', async () => {
    await importFile(ctx, 'institutions', institutionsCsv('filing.csv', '9114030000000009NP', 'C-001', '甲'));
    const batches = (name: string, batchNo: string) => {
      const path = resolve(temp.dir, name);
      writeFileSync(
        path,
        `统一社会信用代码,机构备案号,批次编号,职业编码,职业名称,等级,考试日期\n${fullWidth('9114030000000009NP')},${fullWidth('C-001')},${batchNo},4-01-02-01,中式烹调师,四级,2024-05-10\n`,
      );
      return path;
    };
    expect(await importFile(ctx, 'batches', batches('b1.csv', fullWidth('PC-2024-01')))).toMatchObject({ inserted: 1, errors: [] });
    expect(await importFile(ctx, 'batches', batches('b2.csv', 'PC-2024-01'))).toMatchObject({ inserted: 0, updated: 1 });
  });
});
