import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findExpertByIdNumber, listExperts } from '../../../db/repositories/experts';
import { claimRole } from '../../../electron/services/sync/role';
import { importFile, previewImportFile } from '../../../electron/services/import/service';
import { AppError } from '../../../shared/errors';
import type { RowError } from '../../../shared/import/types';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { idNumberFor, usccFor, withWrongCheckChar } from '../../support/import-data';
import { wordedRowErrors } from '../../support/row-reasons';
import { fixture } from '../import/fixtures';
import { writeExpertCsv, writeExpertWorkbook, type ExpertRow } from './expert-files';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const file = (name: string) => `${ctx.dataDir}/${name}`;
const options = { workerScript: null } as const;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const wang: ExpertRow = {
  专家编号: 'ZJ00007',
  姓名: '王建国',
  身份证号: idNumberFor(101, '19700305'),
  工作单位: '阳泉市职业技术学院',
  工作单位统一社会信用代码: usccFor(9001),
  所在地区: '城区',
  '职业（工种）编码': '6-31-01-03、4-10-01-02，4-10-01-02 ; 6-31-01-03-01',
  可任组长: '是',
  可任成员: '是',
  状态: '在库',
  笔记本设备: 'laptop-7',
  回避机构: `${usccFor(3)}（曾任职）；阳泉市热力有限责任公司（利害关系）、某某培训学校（阳泉分校）（其他）、阳泉市鑫达职业培训学校`,
};
const liu: ExpertRow = { 姓名: '刘秀英', 身份证号: idNumberFor(102, '19750611'), 所在地区: '矿区', '职业（工种）编码': '4-10-01-02' };

describe('importing the expert pool (专家库)', () => {
  it('reads a real XLSX: codes, specialties, roles, status, device and every kind of declared conflict', async () => {
    await writeExpertWorkbook(file('experts.xlsx'), [
      wang,
      liu,
      { 姓名: '赵志强', 身份证号: idNumberFor(103), 可任组长: '是', 可任成员: '否', 状态: '停用' },
    ]);
    const summary = await importFile(ctx, 'experts', file('experts.xlsx'), options);
    expect(summary).toEqual({ inserted: 3, updated: 0, skipped: 0, errors: [] });
    const [first, second, third] = listExperts(ctx.db);
    expect(first).toMatchObject({
      code: 'ZJ00007',
      name: '王建国',
      employerUscc: usccFor(9001),
      specialties: ['4-10-01-02', '6-31-01-03'],
      roles: ['lead', 'member'],
      active: true,
      deviceKey: 'laptop-7',
      conflicts: [
        { relation: 'worked', uscc: usccFor(3), name: null, note: null },
        { relation: 'related', uscc: null, name: '阳泉市热力有限责任公司', note: null },
        { relation: 'other', uscc: null, name: '某某培训学校（阳泉分校）', note: null },
        { relation: 'other', uscc: null, name: '阳泉市鑫达职业培训学校', note: null },
      ],
    });
    // New experts without a code are numbered after the highest ZJ-number of the pool and the file.
    expect(second).toMatchObject({ code: 'ZJ00008', name: '刘秀英', roles: ['member'], active: true, conflicts: [] });
    expect(third).toMatchObject({ code: 'ZJ00009', name: '赵志强', roles: ['lead'], active: false });
  });

  it('reads the fixture workbook and a GBK CSV with header variants the same way', async () => {
    expect(await importFile(ctx, 'experts', fixture('experts.xlsx'), options)).toMatchObject({ inserted: 3, errors: [] });
    const other = makeTestContext();
    try {
      const header = [
        '编号',
        '专家姓名',
        '身份证号码',
        '所在单位',
        '单位统一社会信用代码',
        '地区',
        '职业编码',
        '可担任组长',
        '可担任成员',
        '专家状态',
        '设备',
        '需回避机构',
      ];
      const row = Object.values(wang);
      writeExpertCsv(`${other.dataDir}/experts.csv`, [Object.fromEntries(header.map((h, i) => [h, row[i] ?? null]))], 'gbk', header);
      expect(await importFile(other, 'experts', `${other.dataDir}/experts.csv`, options)).toMatchObject({ inserted: 1, errors: [] });
      const viaCsv = listExperts(other.db)[0];
      expect(viaCsv).toMatchObject({ code: 'ZJ00007', name: '王建国', employerName: '阳泉市职业技术学院', region: '城区', deviceKey: 'laptop-7' });
      expect(viaCsv?.conflicts).toHaveLength(4);
    } finally {
      other.cleanup();
    }
  });

  it('updates the expert with the same ID number, keeps its code and what the file has no column for', async () => {
    await writeExpertWorkbook(file('first.xlsx'), [wang]);
    await importFile(ctx, 'experts', file('first.xlsx'), options);
    const header = ['姓名', '身份证号', '工作单位', '状态'];
    writeExpertCsv(file('update.csv'), [{ 姓名: '王建国', 身份证号: wang.身份证号, 工作单位: '阳泉市技师学院', 状态: '停用' }], 'utf8', header);
    expect(await importFile(ctx, 'experts', file('update.csv'), options)).toEqual({ inserted: 0, updated: 1, skipped: 0, errors: [] });
    const updated = findExpertByIdNumber(ctx.db, String(wang.身份证号));
    expect(updated).toMatchObject({ code: 'ZJ00007', employerName: '阳泉市技师学院', active: false, region: '城区', deviceKey: 'laptop-7' });
    expect(updated?.conflicts).toHaveLength(4);
    expect(updated?.specialties).toEqual(['4-10-01-02', '6-31-01-03']);
  });

  const badCells: [string, ExpertRow, string, string][] = [
    ['a code with other characters', { 专家编号: 'ZJ 0/1' }, '专家编号', 'ROW_EXPERT_CODE_FORMAT'],
    ['no name', { 姓名: '' }, '姓名', 'ROW_REQUIRED_EMPTY'],
    [
      'an ID number with a wrong check character',
      { 身份证号: `${idNumberFor(5).slice(0, 17)}${idNumberFor(5).endsWith('0') ? '1' : '0'}` },
      '身份证号',
      'ROW_ID_CHECK_DIGIT',
    ],
    ['an ID number stored as a number', { 身份证号: 140302199001010000 }, '身份证号', 'ROW_ID_STORED_AS_NUMBER'],
    ['a wrong employer USCC', { 工作单位统一社会信用代码: withWrongCheckChar(usccFor(1)) }, '工作单位统一社会信用代码', 'ROW_USCC_CHECK_DIGIT'],
    ['a malformed occupation code', { '职业（工种）编码': '4-10-01-02、41001' }, '职业（工种）编码', 'ROW_OCCUPATION_FORMAT'],
    ['可任组长 neither 是 nor 否', { 可任组长: '也许' }, '可任组长', 'ROW_NOT_A_CHOICE'],
    ['neither role', { 可任组长: '否', 可任成员: '否' }, '可任成员', 'ROW_EXPERT_NO_ROLE'],
    ['an unknown status', { 状态: '退休' }, '状态', 'ROW_NOT_A_CHOICE'],
    ['a conflict with an unknown relation', { 回避机构: '阳泉市热力有限责任公司（同学）' }, '回避机构', 'ROW_EXPERT_CONFLICT_RELATION'],
    ['a conflict with a wrong USCC', { 回避机构: `${withWrongCheckChar(usccFor(3))}（曾培训）` }, '回避机构', 'ROW_USCC_CHECK_DIGIT'],
    ['a conflict naming no institution', { 回避机构: '（曾任职）' }, '回避机构', 'ROW_EXPERT_CONFLICT_NO_INSTITUTION'],
    ['a device key too long', { 笔记本设备: 'x'.repeat(101) }, '笔记本设备', 'ROW_TOO_LONG'],
  ];

  it.each(badCells)('refuses %s with an error naming row and column, and stores nothing', async (_what, change, column, code) => {
    await writeExpertWorkbook(file('ok.xlsx'), [liu]);
    await importFile(ctx, 'experts', file('ok.xlsx'), options);
    const before = dumpDatabase(ctx.db);
    await writeExpertWorkbook(file('bad.xlsx'), [
      { ...wang, 专家编号: null },
      { ...wang, 专家编号: null, 身份证号: idNumberFor(104), ...change },
    ]);
    const error = await rejection(importFile(ctx, 'experts', file('bad.xlsx'), options));
    expect(error.code).toBe('IMPORT_INVALID');
    const errors = (error.details as { errors: RowError[] }).errors;
    // Row 1 is the title, row 2 the header: the bad expert is on sheet row 4.
    expect(errors.map(({ row, column, reason }) => ({ row, column, code: reason.code }))).toEqual([{ row: 4, column, code }]);
    expect(wordedRowErrors(errors)[0]?.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(wordedRowErrors(errors, 'en')[0]?.reason).not.toMatch(/^Error /);
    expect(dumpDatabase(ctx.db)).toBe(before);
  });

  it('refuses duplicate ID numbers and codes within the file, and a code another expert holds', async () => {
    await writeExpertWorkbook(file('ok.xlsx'), [{ ...liu, 专家编号: 'ZJ00100' }]);
    await importFile(ctx, 'experts', file('ok.xlsx'), options);
    const before = dumpDatabase(ctx.db);
    await writeExpertWorkbook(file('bad.xlsx'), [
      { ...wang, 专家编号: 'A1' },
      { ...wang, 专家编号: 'A2' },
      { ...wang, 专家编号: 'A1', 身份证号: idNumberFor(105) },
      { ...wang, 专家编号: 'ZJ00100', 身份证号: idNumberFor(106) },
    ]);
    const error = await rejection(importFile(ctx, 'experts', file('bad.xlsx'), options));
    const errors = (error.details as { errors: RowError[] }).errors;
    expect(errors).toEqual([
      { row: 4, column: '身份证号', reason: { code: 'ROW_DUPLICATE', params: { firstRow: 3, keyLabel: '身份证号' } } },
      { row: 5, column: '专家编号', reason: { code: 'ROW_DUPLICATE', params: { firstRow: 3, keyLabel: '专家编号' } } },
      { row: 6, column: '专家编号', reason: { code: 'ROW_EXPERT_CODE_TAKEN', params: { code: 'ZJ00100', name: '刘秀英' } } },
    ]);
    expect(dumpDatabase(ctx.db)).toBe(before);
    // validOnly imports the good row and skips the three others.
    expect(await importFile(ctx, 'experts', file('bad.xlsx'), { ...options, validOnly: true })).toMatchObject({ inserted: 1, skipped: 3 });
  });

  it('previews the rows with their errors and writes nothing', async () => {
    await writeExpertWorkbook(file('bad.xlsx'), [wang, { ...liu, 状态: '退休' }]);
    const before = dumpDatabase(ctx.db);
    const preview = await previewImportFile(ctx, 'experts', file('bad.xlsx'), options);
    expect(preview).toMatchObject({ kind: 'experts', totalRows: 2, validRows: 1, invalidRows: 1 });
    expect(preview.rows[1]?.errors).toEqual([
      { column: '状态', reason: { code: 'ROW_NOT_A_CHOICE', params: { text: '退休', choices: 'TERM_ROW_EXPERT_STATUS_CHOICES' } } },
    ]);
    expect(dumpDatabase(ctx.db)).toBe(before);
  });

  it("a laptop's database refuses the import: the pool is the office's", async () => {
    claimRole(ctx.db, 'field');
    await writeExpertWorkbook(file('ok.xlsx'), [liu]);
    const error = await rejection(importFile(ctx, 'experts', file('ok.xlsx'), options));
    expect(error.code).toBe('SYNC_ROLE_MISMATCH');
    expect(listExperts(ctx.db)).toEqual([]);
  });
});
