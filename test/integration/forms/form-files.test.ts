import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/program';
import { readFormFile } from '../../../electron/services/forms/read-form-file';
import { writeFormFile } from '../../../electron/services/forms/write-form-file';
import { getTemplate, listTemplates, templateHash, type Template } from '../../../shared/domain/templates';
import { makeTempDir } from '../../support/temp';

// The pinned hashes of the built-ins: inspections pin these, so a change to a form's data (or to how it compiles) must
// show here. Shandong's is the one its TS data gave; Shanxi's changed once, when its 附件4 headings became data
// (outcome.summary; was 9cf92e91…).
const PINNED_HASHES: Record<string, string> = {
  'shandong-enterprise-2024': '6e3af2d120961bb1c7691bb8fdcb962e14fbd2af5c0f88969141f113b03d7fca',
  'shanxi-renewal-2023': '6f321fbee8360fcbff34da60386e3313518a583403580d8ab3b1168c3438ef80',
};

const formsDir = new URL('../../../forms/', import.meta.url).pathname;

function capture(): CliIO & { stdout: () => string } {
  const out: string[] = [];
  return { out: (t) => out.push(t), err: (t) => out.push(t), stdout: () => out.join('\n') };
}

describe('built-in form files (forms/)', () => {
  it.each(listTemplates().map((t) => [t.id] as const))('%s: the committed XLSX compiles to the committed JSON, with the pinned hash', async (id) => {
    const { template, problems } = await readFormFile(join(formsDir, `${id}.xlsx`));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const json = JSON.parse(readFileSync(join(formsDir, `${id}.json`), 'utf8')) as Template;
    expect(templateHash(template!)).toBe(templateHash(json));
    expect(templateHash(json)).toBe(PINNED_HASHES[id]);
    expect(templateHash(getTemplate(id))).toBe(PINNED_HASHES[id]);
  });

  it.each(listTemplates().map((t) => [t.id] as const))(
    '%s: templates export --out F.xlsx, then templates check F.xlsx gives the same hash',
    async (id) => {
      const out = join(makeTempDir('forms-').dir, `${id}.xlsx`);
      expect(await runCli(['templates', 'export', id, '--out', out], capture(), {})).toBe(0);
      const io = capture();
      expect(await runCli(['templates', 'check', out, '--json'], io, {})).toBe(0);
      const report = JSON.parse(io.stdout()) as { ok: boolean; hash: string; warnings: unknown[] };
      expect(report.ok).toBe(true);
      expect(report.hash).toBe(PINNED_HASHES[id]);
    },
  );

  it('R-YQ-01 templates check lists the 92 ≠ 100 warning with its sheet, row and column, and exits 0', async () => {
    const io = capture();
    expect(await runCli(['templates', 'check', join(formsDir, 'shanxi-renewal-2023.xlsx')], io, {})).toBe(0);
    expect(io.stdout()).toContain('警告 [FORM_DECLARED_TOTAL] 工作表“表头”第 9 行“值”列（B）');
  });

  it('templates check exits 2 for an edited workbook, naming sheet / row / column, in English with --lang en', async () => {
    const path = join(makeTempDir('forms-').dir, 'edited.xlsx');
    await writeFormFile(getTemplate('shandong-enterprise-2024'), path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet('项目')!.getCell('F2').value = 'zwei';
    await workbook.xlsx.writeFile(path);
    const zh = capture();
    expect(await runCli(['templates', 'check', path], zh, {})).toBe(2);
    expect(zh.stdout()).toContain('错误 [FORM_NOT_POINTS] 工作表“项目”第 2 行“分值”列（F）：“zwei”不是分值');
    const en = capture();
    expect(await runCli(['--lang', 'en', 'templates', 'check', path], en, {})).toBe(2);
    expect(en.stdout()).toContain('error [FORM_NOT_POINTS] sheet “项目” row 2 column “分值” (F): “zwei” is not a number of points');
  });

  it('a file that is not a workbook, or of another kind, is a problem, not a crash', async () => {
    const dir = makeTempDir('forms-').dir;
    writeFileSync(join(dir, 'broken.xlsx'), 'not a zip');
    writeFileSync(join(dir, 'form.txt'), '');
    expect((await readFormFile(join(dir, 'broken.xlsx'))).problems).toEqual([expect.objectContaining({ code: 'FORM_FILE_UNREADABLE' })]);
    expect((await readFormFile(join(dir, 'form.txt'))).problems).toEqual([expect.objectContaining({ code: 'FORM_FILE_KIND' })]);
    expect(await runCli(['templates', 'check', join(dir, 'broken.xlsx')], capture(), {})).toBe(2);
  });
});
