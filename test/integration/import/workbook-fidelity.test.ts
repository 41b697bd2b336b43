import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../electron/services/import/parse-file';
import { importFile, previewImportFile } from '../../../electron/services/import/service';
import type { CellValue } from '../../../shared/import/types';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { makeTempDir } from '../../support/temp';
import { fixture } from './fixtures';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const HEADER = ['评价机构名称', '统一社会信用代码', '机构类别', '机构备案号', '备案年度', '有效期起'];

function institutionRows(name: string, validFrom: CellValue = '2020-09-01'): CellValue[][] {
  return [HEADER, [name, '9114030000000009NP', '社会培训评价组织', 'C-001', 2020, validFrom]];
}

interface SheetSpec {
  name: string;
  rows: CellValue[][];
  state?: 'visible' | 'hidden' | 'veryHidden';
}

async function writeWorkbook(file: string, sheets: SheetSpec[], setup: (workbook: ExcelJS.Workbook) => void = () => undefined): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    for (const row of spec.rows) sheet.addRow(row);
  }
  setup(workbook);
  const path = resolve(temp.dir, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Edits one XML part of a workbook as text. */
function editPart(path: string, part: string, edit: (xml: string) => string): void {
  const entries = unzipSync(readFileSync(path));
  const xml = entries[part];
  if (!xml) throw new Error(`no ${part}`);
  const edited = edit(strFromU8(xml));
  expect(edited).not.toBe(strFromU8(xml));
  entries[part] = strToU8(edited);
  writeFileSync(path, zipSync(entries));
}

async function refusalLeavesStore(path: string): Promise<{ code: string; message: string }> {
  await importFile(ctx, 'institutions', fixture('institutions-utf8.csv'));
  const before = dumpDatabase(ctx.db);
  const error = (await importFile(ctx, 'institutions', path).then(
    () => null,
    (caught: unknown) => caught,
  )) as { code: string; message: string } | null;
  expect(dumpDatabase(ctx.db)).toBe(before);
  return { code: error?.code ?? 'none', message: error?.message ?? '' };
}

describe('which sheet of a workbook is read', () => {
  it('the active visible sheet, not a hidden or very hidden one before it; the preview names it', async () => {
    const path = await writeWorkbook(
      'hidden-first.xlsx',
      [
        { name: '旧名单', rows: institutionRows('隐藏的旧机构'), state: 'hidden' },
        { name: '草稿', rows: institutionRows('非常隐藏的机构'), state: 'veryHidden' },
        { name: '说明', rows: [['填表说明']] },
        { name: '2024年名单', rows: institutionRows('当前机构') },
      ],
      (workbook) => {
        workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 3, visibility: 'visible' }];
      },
    );
    const preview = await previewImportFile(ctx, 'institutions', path);
    expect(preview.sheetName).toBe('2024年名单');
    expect(preview.rows[0]?.values[0]).toBe('当前机构');
  });

  it('when the active sheet has no table, the first visible sheet with one; hidden sheets never', async () => {
    const path = await writeWorkbook(
      'active-without-table.xlsx',
      [
        { name: '隐藏', rows: institutionRows('隐藏的机构'), state: 'hidden' },
        { name: '名单', rows: institutionRows('可见的机构') },
        { name: '封面', rows: [['2024 年评价机构名单']] },
      ],
      (workbook) => {
        workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 2, visibility: 'visible' }];
      },
    );
    const parsed = await parseImportFile('institutions', path);
    expect(parsed.sheetName).toBe('名单');
    expect(parsed.records[0]?.record.name).toBe('可见的机构');
  });

  it('a workbook whose only table is on a hidden sheet has no header to import', async () => {
    const path = await writeWorkbook('only-hidden.xlsx', [
      { name: '封面', rows: [['名单见下一页']] },
      { name: '隐藏', rows: institutionRows('隐藏的机构'), state: 'veryHidden' },
    ]);
    expect((await refusalLeavesStore(path)).code).toBe('IMPORT_NO_HEADER');
  });
});

describe('dates of a workbook in the 1904 date system', () => {
  it('serials are counted from 1904-01-01 (workbookPr date1904)', async () => {
    // 2020-09-01 is 44075 in the 1900 system and 42613 in the 1904 one.
    const path = await writeWorkbook('date1904.xlsx', [{ name: '名单', rows: institutionRows('阳泉市鑫达职业培训学校', 42613) }], (workbook) => {
      workbook.properties.date1904 = true;
    });
    expect(strFromU8(unzipSync(readFileSync(path))['xl/workbook.xml'] as Uint8Array)).toContain('date1904="1"');
    const parsed = await parseImportFile('institutions', path);
    expect(parsed.records[0]?.record.validFrom).toBe('2020-09-01');
    expect(parsed.preview[0]?.values[5]).toBe('2020-09-01');
  });

  it('the same serial in a 1900 workbook is four years and a day earlier', async () => {
    const path = await writeWorkbook('date1900.xlsx', [{ name: '名单', rows: institutionRows('阳泉市鑫达职业培训学校', 42613) }]);
    const parsed = await parseImportFile('institutions', path);
    expect(parsed.records[0]?.record.validFrom).toBe('2016-08-31');
  });
});

describe('formula cells without a cached result', () => {
  async function withUncomputedFormula(file: string, column: string, row = 2): Promise<string> {
    const path = await writeWorkbook(file, [{ name: '名单', rows: institutionRows('阳泉市鑫达职业培训学校') }]);
    editPart(path, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(new RegExp(`<c r="${column}${row}"[^>]*?(/>|>.*?</c>)`), `<c r="${column}${row}"><f>CONCAT("C-","001")</f></c>`),
    );
    return path;
  }

  it('a required cell is refused naming sheet, row, column and cell, nothing stored', async () => {
    const path = await withUncomputedFormula('formula-required.xlsx', 'D');
    const { code, message } = await refusalLeavesStore(path);
    expect(code).toBe('IMPORT_FORMULA_NO_RESULT');
    expect(message).toBe('工作表“名单”第 2 行“机构备案号”列（单元格 D2）：公式没有计算结果，请在 Excel 中打开并保存后再导入。');
  });

  it('an optional cell is refused too instead of being dropped', async () => {
    const path = await withUncomputedFormula('formula-optional.xlsx', 'F');
    const { code, message } = await refusalLeavesStore(path);
    expect(code).toBe('IMPORT_FORMULA_NO_RESULT');
    expect(message).toContain('“有效期起”列（单元格 F2）');
  });

  it('a formula with its cached result is read as the result', async () => {
    const path = await writeWorkbook('formula-cached.xlsx', [{ name: '名单', rows: institutionRows('阳泉市鑫达职业培训学校') }]);
    editPart(path, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/<c r="D2"[^>]*?>.*?<\/c>/, '<c r="D2" t="str"><f>CONCAT("C-","001")</f><v>C-001</v></c>'),
    );
    const parsed = await parseImportFile('institutions', path);
    expect(parsed.records[0]?.record.filingNo).toBe('C-001');
  });
});
