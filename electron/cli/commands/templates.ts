import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { errorText, type ErrorLanguage } from '../../../shared/errors';
import type { FormProblem } from '../../../shared/domain/forms';
import { pointsToNumber } from '../../../shared/domain/scoring';
import { getTemplate, listTemplates, templateHash, templateMaximum, validateTemplate } from '../../../shared/domain/templates';
import { readFormFile } from '../../services/forms/read-form-file';
import { writeFormFile } from '../../services/forms/write-form-file';
import { CliExit, print, type CliIO } from '../io';
import { jsonOption, parseOptions, type RawOptions } from './parse-options';

const listOptions = z.object({ json: jsonOption });
const checkOptions = z.object({ file: z.string().min(1, '请指定评估表文件'), json: jsonOption });
const exportOptions = z.object({ id: z.string().min(1, '请指定评估表编号'), out: z.string().min(1, '请指定输出文件（--out）') });

/** Where a problem is, in words: sheet / row / column as Excel shows them (nothing for a whole-file problem). */
export function formPlaceText(p: FormProblem, language: ErrorLanguage): string {
  if (p.sheet === undefined) return p.at === undefined ? '' : p.at;
  if (p.row === undefined) return errorText('TERM_FORM_AT_SHEET', { sheet: p.sheet }, language);
  if (p.column === undefined) return errorText('TERM_FORM_AT_ROW', { sheet: p.sheet, row: p.row }, language);
  return errorText('TERM_FORM_AT_CELL', { sheet: p.sheet, row: p.row, column: p.column.header, letter: p.column.letter }, language);
}

function problemLine(p: FormProblem, language: ErrorLanguage): string {
  const kind = errorText(p.severity === 'error' ? 'TERM_FORM_ERROR' : 'TERM_FORM_WARNING', {}, language);
  const place = formPlaceText(p, language);
  const reason = errorText(p.code, p.params, language);
  return `  ${kind} [${p.code}] ${place ? `${place}${language === 'en' ? ': ' : '：'}` : ''}${reason}`;
}

export function registerTemplateCommands(program: Command, io: CliIO): void {
  const templates = program.command('templates').description('评估表 / scoring templates');
  const language = io.language ?? 'zh-CN';

  templates
    .command('list')
    .description('列出内置评估表（满分为各项实际合计）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      const rows = listTemplates().map((template) => ({
        id: template.id,
        title: template.title,
        version: template.version,
        hash: templateHash(template),
        declaredTotal: pointsToNumber(template.declaredTotal),
        maxScore: pointsToNumber(templateMaximum(template)),
        warnings: validateTemplate(template).warnings.map((w) => w.message),
      }));
      print(io, Boolean(opts.json), rows, () =>
        rows
          .map((r) => {
            const head = `${r.id}  v${r.version}  ${r.title}  满分 ${r.maxScore}（声明 ${r.declaredTotal}）`;
            return [head, ...r.warnings.map((w) => `  警告： ${w}`)].join('\n');
          })
          .join('\n'),
      );
    });

  templates
    .command('check')
    .description('检查评估表文件（.xlsx 或 .json），列出每个问题所在的工作表、行、列；有错误时退出码为 2（只有警告时为 0）；不保存任何内容')
    .argument('<file>', '评估表文件：XLSX 工作簿（docs/form-format.md）或 JSON（分值以百分之一分为单位的整数）')
    .option('--json', '以 JSON 输出')
    .action(async (fileArgument: string, raw: RawOptions) => {
      const { file, ...opts } = parseOptions(checkOptions, { ...raw, file: fileArgument }, { file: '<file>' });
      const { template, problems } = await readFormFile(file);
      const described = problems.map((p) => ({ ...p, place: formPlaceText(p, language), message: errorText(p.code, p.params, language) }));
      const errors = described.filter((p) => p.severity === 'error');
      const warnings = described.filter((p) => p.severity === 'warning');
      const ok = errors.length === 0;
      const hash = template ? templateHash(template) : undefined;
      print(io, Boolean(opts.json), { ok, ...(hash ? { id: template?.id, version: template?.version, hash } : {}), errors, warnings }, () =>
        [
          ok
            ? `${errorText('CLI_FORM_VALID', { file }, language)}${hash ? `  ${template?.id} v${template?.version}  ${hash}` : ''}`
            : errorText('CLI_FORM_INVALID', { file, count: errors.length }, language),
          ...[...errors, ...warnings].map((p) => problemLine(p, language)),
        ].join('\n'),
      );
      if (!ok) throw new CliExit(2);
    });

  templates
    .command('export')
    .description('把内置评估表导出为可编辑的评估表文件（.xlsx；以 .json 结尾时为规范 JSON）')
    .argument('<id>', '评估表编号（templates list）')
    .requiredOption('--out <file>', '输出文件（.xlsx 或 .json）')
    .action(async (idArgument: string, raw: RawOptions) => {
      const { id, out } = parseOptions(exportOptions, { ...raw, id: idArgument }, { id: '<id>' });
      const template = getTemplate(id);
      if (extname(out).toLowerCase() === '.json') await writeFile(out, `${JSON.stringify(template, null, 2)}\n`);
      else await writeFormFile(template, out);
      io.out(errorText('CLI_FORM_EXPORTED', { id, file: out }, language));
    });
}
