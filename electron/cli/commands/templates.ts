import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { errorText, type ErrorLanguage } from '../../../shared/errors';
import { formPlaceText, type FormProblem } from '../../../shared/domain/forms';
import { pointsToNumber } from '../../../shared/domain/scoring';
import { getTemplate, listTemplates, templateHash, templateMaximum, validateTemplate, type Template } from '../../../shared/domain/templates';
import { readFormFile } from '../../services/forms/read-form-file';
import { writeFormFile } from '../../services/forms/write-form-file';
import { importTemplate, listStoredTemplates, templateByHash } from '../../services/templates/template-store';
import { CliExit, print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';
import { withDatabase } from './sync-options';

const listOptions = z.object({ db: databaseOption.optional(), json: jsonOption });
const importOptions = z.object({ file: z.string().min(1, '请指定评估表文件'), db: databaseOption, json: jsonOption });
const checkOptions = z.object({ file: z.string().min(1, '请指定评估表文件'), json: jsonOption });
const exportOptions = z.object({ id: z.string().min(1, '请指定评估表编号'), out: z.string().min(1, '请指定输出文件（--out）') });

function problemLine(p: FormProblem, language: ErrorLanguage): string {
  const kind = errorText(p.severity === 'error' ? 'TERM_FORM_ERROR' : 'TERM_FORM_WARNING', {}, language);
  const place = formPlaceText(p, language);
  const reason = errorText(p.code, p.params, language);
  return `  ${kind} [${p.code}] ${place ? `${place}${language === 'en' ? ': ' : '：'}` : ''}${reason}`;
}

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

/** Reads a form file for a command that needs it whole: every problem on stderr and exit 2 when there is an error. */
export async function requireFormFile(io: CliIO, file: string): Promise<{ template: Template; warnings: FormProblem[] }> {
  const language = io.language ?? 'zh-CN';
  const { template, problems } = await readFormFile(file);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!template || errors.length > 0) {
    io.err([errorText('CLI_FORM_INVALID', { file, count: errors.length }, language), ...problems.map((p) => problemLine(p, language))].join('\n'));
    throw new CliExit(2);
  }
  return { template, warnings: problems.filter((p) => p.severity === 'warning') };
}

export function registerTemplateCommands(program: Command, io: CliIO): void {
  const templates = program.command('templates').description('评估表 / scoring templates');
  const language = io.language ?? 'zh-CN';

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
    .description('把评估表文件（.xlsx 或 .json）作为新版本导入数据库；同一内容再次导入不做改动，已发布版本号的不同内容被拒绝（退出码 2）')
    .argument('<file>', '评估表文件')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--json', '以 JSON 输出')
    .action(async (fileArgument: string, raw: RawOptions) => {
      const { file, ...opts } = parseOptions(importOptions, { ...raw, file: fileArgument }, { file: '<file>' });
      const { template, warnings } = await requireFormFile(io, file);
      const imported = withDatabase(opts.db, (db) => importTemplate(db, template, 'imported'));
      const statusLabel = imported.status === 'added' ? '已导入' : '已存在（未改动）';
      print(io, Boolean(opts.json), { ...imported, warnings }, () =>
        [`${imported.id}  v${imported.version}  ${imported.hash}  ${statusLabel}`, ...warnings.map((p) => problemLine(p, language))].join('\n'),
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

function builtinRows(): VersionRow[] {
  return listTemplates().map((template) => versionRow(template, { hash: templateHash(template), origin: 'builtin', current: true }));
}

function storedRows(path: string): VersionRow[] {
  const db = openStoreReadOnly(path);
  try {
    return listStoredTemplates(db).map((stored) => {
      const template = templateByHash(db, stored.hash);
      return versionRow(template, stored);
    });
  } finally {
    db.close();
  }
}
