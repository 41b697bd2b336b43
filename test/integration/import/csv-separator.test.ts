import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/service';
import { errorText } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../../support/context';
import { makeTempDir } from '../../support/temp';

// A CSV saved with another separator (Excel in a European locale writes ';') has its header in one cell: the refusal
// says which separator was found instead of "no header" (issue 19, point 14e).
const temp = makeTempDir();
afterAll(() => temp.cleanup());
let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const header = ['评价机构名称', '统一社会信用代码', '机构类别', '机构备案号', '备案年度'];
const row = ['阳泉市鑫达职业培训学校', '9114030000000009NP', '社会培训评价组织', 'C-001', '2020年'];

async function refusalOf(name: string, text: string): Promise<{ code: string; params: unknown }> {
  const path = resolve(temp.dir, name);
  writeFileSync(path, text, 'utf8');
  const error = (await importFile(ctx, 'institutions', path).then(
    () => null,
    (caught: unknown) => caught,
  )) as { code: string; params: unknown } | null;
  return { code: error?.code ?? 'none', params: error?.params };
}

describe('a CSV whose separator is not a comma', () => {
  it.each([
    ['semicolon', ';', 'IMPORT_SEPARATOR_SEMICOLON'],
    ['tab', '\t', 'IMPORT_SEPARATOR_TAB'],
  ])('%s → IMPORT_CSV_SEPARATOR naming it', async (_name, separator, term) => {
    const refusal = await refusalOf(`sep-${_name}.csv`, `${header.join(separator)}\n${row.join(separator)}\n`);
    expect(refusal.code).toBe('IMPORT_CSV_SEPARATOR');
    expect(refusal.params).toMatchObject({ separator: term });
    expect(errorText('IMPORT_CSV_SEPARATOR', refusal.params as Record<string, string>)).toContain('逗号');
  });

  it('a CSV with no recognisable header in any split still says IMPORT_NO_HEADER', async () => {
    const refusal = await refusalOf('none.csv', 'a;b;c\n1;2;3\n');
    expect(refusal.code).toBe('IMPORT_NO_HEADER');
  });
});
