import type { Command } from 'commander';
import { z } from 'zod';
import { isAppError } from '../../../shared/errors';
import { pointsToNumber } from '../../../shared/domain/scoring';
import { listTemplates, templateMaximum, validateTemplate, type Problem } from '../../../shared/domain/templates';
import { CliExit, cliErrorText, print, type CliIO } from '../io';
import { jsonOption, parseOptions, type RawOptions } from './parse-options';
import { readJsonFile } from './read-json';

const listOptions = z.object({ json: jsonOption });
const checkOptions = z.object({ file: z.string().min(1, '请指定评估表文件'), json: jsonOption });

function problemLine(kind: '错误' | '警告', p: Problem): string {
  return `  ${kind} [${p.code}] ${p.message}`;
}

export function registerTemplateCommands(program: Command, io: CliIO): void {
  const templates = program.command('templates').description('评估表 / scoring templates');

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
    .description('检查评估表 JSON 文件；有错误时退出码为 1（警告照常列出）')
    .argument('<file>', '评估表 JSON 文件（分值以百分之一分为单位的整数）')
    .option('--json', '以 JSON 输出')
    .action((fileArgument: string, raw: RawOptions) => {
      const { file, ...opts } = parseOptions(checkOptions, { ...raw, file: fileArgument }, { file: '<file>' });
      let report: { errors: Problem[]; warnings: Problem[] };
      try {
        const { errors, warnings } = validateTemplate(readJsonFile(file, 'TEMPLATE_FILE', 'TERM_CLI_TEMPLATE_FILE'));
        report = { errors, warnings };
      } catch (error) {
        if (!isAppError(error)) throw error;
        report = { errors: [{ code: 'MALFORMED', message: cliErrorText(io, error) }], warnings: [] };
      }
      const ok = report.errors.length === 0;
      print(io, Boolean(opts.json), { ok, ...report }, () =>
        [
          ok ? `评估表有效：${file}` : `评估表有 ${report.errors.length} 个错误：${file}`,
          ...report.errors.map((p) => problemLine('错误', p)),
          ...report.warnings.map((p) => problemLine('警告', p)),
        ].join('\n'),
      );
      if (!ok) throw new CliExit(1);
    });
}
