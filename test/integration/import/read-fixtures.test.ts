import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../electron/services/import/parse-file';
import { yangquanList } from '../../support/import-data';
import { wordedRowErrors } from '../../support/row-reasons';
import { fixture } from './fixtures';

describe('reading the import fixtures', () => {
  it('R-INS-01 official list: title row skipped, merged kind column filled down, merged region, note line ignored', async () => {
    const parsed = await parseImportFile('institutions', fixture('institutions-official.xlsx'));
    expect(parsed.format).toBe('xlsx');
    expect(parsed.headerRow).toBe(2);
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toHaveLength(21);
    const kinds = parsed.records.map((r) => r.record.kind);
    expect(kinds.filter((k) => k === 'enterprise')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'college')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'socialOrg')).toHaveLength(14);
    expect(parsed.records.map((r) => r.record.name)).toEqual(yangquanList.map((e) => e.name));
    expect(parsed.records.every((r) => r.record.region === '阳泉市')).toBe(true);
    expect(parsed.records[7]?.record).toMatchObject({ filingYear: 2020, validFrom: '2020-09-01', validTo: '2023-08-31' });
    expect(parsed.records[20]?.row).toBe(23);
    expect(parsed.ignoredColumns).toEqual(['序号']);
  });

  it('R-INS-02 Excel date serials and text dates in every usual spelling', async () => {
    const parsed = await parseImportFile('institutions', fixture('institutions-excel-dates.xlsx'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => [r.record.filingYear, r.record.filedOn, r.record.validFrom, r.record.validTo])).toEqual([
      [2020, '2020-09-01', '2020-09-01', '2023-08-31'],
      [2021, '2021-03-15', '2021-03-15', '2024-03-14'],
      [2020, null, '2020-10-01', '2023-09-30'],
      [2020, null, '2020-06-01', '2024-02-29'],
    ]);
    expect(parsed.records.map((r) => r.record.nature)).toEqual(['privateTrainingSchool', null, null, 'industryAssociation']);
    expect(parsed.records.map((r) => r.record.centralSoeBranch)).toEqual([false, true, false, false]);
    expect(parsed.preview[0]?.values).toContain('2020-09-01');
  });

  it.each([
    ['institutions-utf8.csv', 'utf-8'],
    ['institutions-utf8-bom.csv', 'utf-8-bom'],
    ['institutions-gbk.csv', 'gbk'],
  ])('CSV %s is detected as %s and reads the same records (quotes, commas, line breaks)', async (name, encoding) => {
    const parsed = await parseImportFile('institutions', fixture(name));
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => r.record.name)).toEqual(['阳泉市鑫达职业培训学校', '山西"晋匠"技能评价中心', '阳泉市建工集团有限公司']);
    expect(parsed.records[0]?.record.address).toBe('阳泉市城区南大街1号,二楼');
    // A line break inside a quoted cell stays inside the cell (shown as a space) and does not shift the row numbers.
    expect(parsed.records[1]?.record.address).toBe('阳泉市矿区 桃北西街8号');
    expect(parsed.records.map((r) => r.row)).toEqual([2, 3, 4]);
    // The blank kind of row 3 takes the kind above, as an unmerged official list leaves it.
    expect(parsed.records[1]?.record.kind).toBe('socialOrg');
    expect(parsed.records[2]?.record).toMatchObject({ validFrom: '2020-09-01', validTo: '2023-08-31' });
  });

  it('R-INS-02 invalid rows: each error names the Excel row, the column header and the reason in Chinese', async () => {
    const parsed = await parseImportFile('institutions', fixture('institutions-invalid.xlsx'));
    expect(parsed.records.map((r) => r.row)).toEqual([2, 8]);
    expect(wordedRowErrors(parsed.errors)).toEqual([
      { row: 3, column: '统一社会信用代码', reason: expect.stringContaining('校验位错误') },
      { row: 4, column: '有效期起', reason: '日期不存在：2021-02-30' },
      { row: 5, column: '统一社会信用代码', reason: expect.stringContaining('与第 2 行重复') },
      { row: 6, column: '评价机构名称', reason: '必填项为空' },
      { row: 7, column: '机构类别', reason: expect.stringContaining('“培训机构”不是有效值') },
    ]);
  });

  it('batches: filing reference, occupation code, level spellings, publicity range, staff per role', async () => {
    const parsed = await parseImportFile('batches', fixture('batches.xlsx'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => [r.record.batchNo, r.record.level, r.record.examDate])).toEqual([
      ['2023-001', 'level5', '2023-03-18'],
      ['2023-002', 'level4', '2023-05-20'],
      ['2023-003', 'level5', '2023-06-17'],
      ['2023-004', 'level3', '2023-07-15'],
    ]);
    expect(parsed.records[0]?.record).toMatchObject({ publicityStart: '2023-03-25', publicityEnd: '2023-03-31', planFiledOn: '2023-03-10' });
    expect(parsed.records[1]?.record.staff.evaluator).toEqual({ planned: 3, present: 2 });
  });

  it('candidates: ID check digits, IDs stored as numbers, impossible birth dates, upload facts', async () => {
    const valid = await parseImportFile('candidates', fixture('candidates.xlsx'));
    expect(valid.errors).toEqual([]);
    expect(valid.records).toHaveLength(8);
    const invalid = await parseImportFile('candidates', fixture('candidates-invalid.xlsx'));
    expect(invalid.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '身份证号'],
      [3, '身份证号'],
      [4, '身份证号'],
      [5, '未上传原因'],
    ]);
    expect(invalid.errors[1]?.reason).toEqual({ code: 'ROW_ID_STORED_AS_NUMBER' });
    expect(wordedRowErrors(invalid.errors)[1]?.reason).toContain('存成了数字');
  });
});
