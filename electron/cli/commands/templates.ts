import type { Command } from 'commander';
import { z } from 'zod';
import { openDatabaseReadOnly } from '../../../db/read-only';
import { isAppError } from '../../../shared/errors';
import { pointsToNumber } from '../../../shared/domain/scoring';
import { listTemplates, templateHash, templateMaximum, validateTemplate, type Problem, type Template } from '../../../shared/domain/templates';
import { readFormFile, type FormProblem } from '../../services/forms/read-form-file';
import { importTemplate, listStoredTemplates, templateByHash } from '../../services/templates/template-store';
import { CliExit, cliErrorText, print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';
import { readJsonFile } from './read-json';
import { withDatabase } from './sync-options';

const listOptions = z.object({ db: databaseOption.optional(), json: jsonOption });
const importOptions = z.object({ file: z.string().min(1, '请指定评估表文件'), db: databaseOption, json: jsonOption });

interface VersionRow {
  id: string;
  title: string;
  version: string;
  hash: string;
  origin: 'builtin' | 'imported' | 'received';
  current: boolean;
  declaredTotal: number;
  maxScore: number;
  warnings: string[];
}

function versionRow(template: Template, stored: { hash: string; origin: VersionRow['origin']; current: boolean }): VersionRow {
  return {
    id: template.id,
    title: template.title,
    version: template.version,
    hash: stored.hash,
    origin: stored.origin,
    current: stored.current,
    declaredTotal: pointsToNumber(template.declaredTotal),
    maxScore: pointsToNumber(templateMaximum(template)),
    warnings: validateTemplate(template).warnings.map((w) => w.message),
  };
}

const originLabels: Record<VersionRow['origin'], string> = { builtin: '内置', imported: '导入', received: '接收' };

/** Where in the file a problem is, as precisely as the reader knew it. */
export function formProblemLine(p: FormProblem): string {
  const where = [p.sheet, p.row === undefined ? undefined : `第${p.row}行`, p.column].filter(Boolean).join(' ');
  return `  ${p.severity === 'error' ? '错误' : '警告'} [${p.code}]${where ? ` ${where}` : ''} ${p.message}`;
}

/** Reads a form file for a command that needs it whole: every problem on stderr and exit 2 when there is an error. */
export async function requireFormFile(io: CliIO, file: string): Promise<{ template: Template; warnings: FormProblem[] }> {
  const { template, problems } = await readFormFile(file);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!template || errors.length > 0) {
    io.err([`评估表文件有 ${errors.length} 个错误：${file}`, ...problems.map(formProblemLine)].join('\n'));
    throw new CliExit(2);
  }
  return { template, warnings: problems.filter((p) => p.severity === 'warning') };
}
const checkOptions = z.object({ file: z.string().min(1, '请指定评估表文件'), json: jsonOption });

function problemLine(kind: '错误' | '警告', p: Problem): string {
  return `  ${kind} [${p.code}] ${p.message}`;
}

export function registerTemplateCommands(program: Command, io: CliIO): void {
  const templates = program.command('templates').description('评估表 / scoring templates');

  templates
    .command('list')
    .description('列出评估表及其版本（满分为各项实际合计）；给出 --db 时列出该数据库中的全部版本（内置、导入、接收）')
    .option('--db <path>', '数据库文件（只读打开）')
    .option('--json', '以 JSON 输出（含完整哈希）')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      const rows = opts.db === undefined ? builtinRows() : storedRows(opts.db);
      print(io, Boolean(opts.json), rows, () =>
        rows
          .map((r) => {
            const head = `${r.id}  v${r.version}  ${r.hash.slice(0, 12)}  ${originLabels[r.origin]}${r.current ? '  当前' : ''}  ${r.title}  满分 ${r.maxScore}（声明 ${r.declaredTotal}）`;
            return [head, ...r.warnings.map((w) => `  警告： ${w}`)].join('\n');
          })
          .join('\n'),
      );
    });

  templates
    .command('import')
    .description('把评估表文件（.json）作为新版本导入数据库；同一内容再次导入不做改动，已发布版本号的不同内容被拒绝（退出码 2）')
    .argument('<file>', '评估表文件')
    .requiredOption('--db <path>', '数据库文件')
    .option('--json', '以 JSON 输出')
    .action(async (fileArgument: string, raw: RawOptions) => {
      const { file, ...opts } = parseOptions(importOptions, { ...raw, file: fileArgument }, { file: '<file>' });
      const { template, warnings } = await requireFormFile(io, file);
      const imported = withDatabase(opts.db, (db) => importTemplate(db, template, 'imported'));
      const statusLabel = imported.status === 'added' ? '已导入' : '已存在（未改动）';
      print(io, Boolean(opts.json), { ...imported, warnings }, () =>
        [`${imported.id}  v${imported.version}  ${imported.hash}  ${statusLabel}`, ...warnings.map(formProblemLine)].join('\n'),
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

function builtinRows(): VersionRow[] {
  return listTemplates().map((template) => versionRow(template, { hash: templateHash(template), origin: 'builtin', current: true }));
}

function storedRows(path: string): VersionRow[] {
  const db = openDatabaseReadOnly(path);
  try {
    return listStoredTemplates(db).map((stored) => {
      const template = templateByHash(db, stored.hash);
      return versionRow(template, stored);
    });
  } finally {
    db.close();
  }
}
