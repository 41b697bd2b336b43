import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import type { ImportSummary, RowError } from '../../../shared/import/types';
import type { ExpertView } from '../../../shared/ipc/channels/experts';
import { runCliCaptured } from '../../support/cli';
import { idNumberFor } from '../../support/import-data';
import { makeTempDir } from '../../support/temp';
import { fixture } from '../import/fixtures';
import { writeExpertCsv } from './expert-files';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function newDatabase(): string {
  const file = temp.file('app.sqlite');
  openDatabase(file, { create: true }).db.close();
  return file;
}

describe('skill-inspector experts', () => {
  it('experts import: exit 0 and the summary; experts list shows the pool with ID numbers masked', async () => {
    const db = newDatabase();
    const imported = await runCliCaptured(['experts', 'import', fixture('experts.xlsx'), '--db', db, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout) as ImportSummary).toEqual({ inserted: 3, updated: 0, skipped: 0, errors: [] });
    const again = await runCliCaptured(['experts', 'import', fixture('experts.xlsx'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已导入专家库:新增 0 条，更新 3 条');

    const listed = await runCliCaptured(['experts', 'list', '--db', db, '--json']);
    expect(listed.code).toBe(0);
    const experts = JSON.parse(listed.stdout) as ExpertView[];
    expect(experts.map((e) => [e.code, e.name, e.active])).toEqual([
      ['ZJ00001', '王建国', true],
      ['ZJ00002', '刘秀英', true],
      ['ZJ00003', '赵志强', false],
    ]);
    expect(listed.stdout).not.toContain(idNumberFor(101, '19700305'));
    const text = await runCliCaptured(['experts', 'list', '--db', db, '--active-only', '--query', '刘']);
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(1);
    expect(text.stdout).toContain('ZJ00002\t刘秀英\t1403**********');
    const conflicts = await runCliCaptured(['experts', 'list', '--db', db, '--query', '赵志强']);
    expect(conflicts.stdout).toContain('回避：阳泉市热力有限责任公司（与该机构有利害关系）');
  });

  it('experts import: exit 2 with every bad row listed, nothing stored; --valid-only imports the rest', async () => {
    const db = newDatabase();
    const header = ['姓名', '身份证号', '可任组长', '可任成员'];
    writeExpertCsv(
      temp.file('experts.csv'),
      [
        { 姓名: '王建国', 身份证号: idNumberFor(101) },
        { 姓名: '刘秀英', 身份证号: idNumberFor(102), 可任组长: '否', 可任成员: '否' },
        { 姓名: '', 身份证号: '12345' },
      ],
      'gbk',
      header,
    );
    const json = await runCliCaptured(['experts', 'import', temp.file('experts.csv'), '--db', db, '--json']);
    expect(json.code).toBe(2);
    const output = JSON.parse(json.stdout) as { inserted: number; errors: RowError[] };
    expect(output.inserted).toBe(0);
    expect(output.errors.map((e) => [e.row, e.column, e.reason.code])).toEqual([
      [3, '可任成员', 'ROW_EXPERT_NO_ROLE'],
      [4, '姓名', 'ROW_REQUIRED_EMPTY'],
      [4, '身份证号', 'ROW_ID_LENGTH'],
    ]);
    const text = await runCliCaptured(['experts', 'import', temp.file('experts.csv'), '--db', db]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('第 3 行 [可任成员] 可任组长、可任成员至少一项应为“是”');
    expect(JSON.parse((await runCliCaptured(['experts', 'list', '--db', db, '--json'])).stdout)).toEqual([]);

    const validOnly = await runCliCaptured(['experts', 'import', temp.file('experts.csv'), '--db', db, '--valid-only', '--json']);
    expect(validOnly.code).toBe(0);
    expect(JSON.parse(validOnly.stdout)).toMatchObject({ inserted: 1, skipped: 2 });
  });

  it('the generic import command takes the experts kind too', async () => {
    const db = newDatabase();
    const result = await runCliCaptured(['import', 'experts', fixture('experts.xlsx'), '--db', db, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ inserted: 3 });
  });
});
