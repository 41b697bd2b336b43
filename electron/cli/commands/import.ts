import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { isPostgresUrl } from '../../../db/engine/location';
import { openStore } from '../../../db/open-store';
import type { AppError } from '../../../shared/errors';
import { errorText, isAppError } from '../../../shared/errors';
import { importKindLabels, importKinds, type ImportKind, type ImportSummary, type RowError } from '../../../shared/import/types';
import { importCommitArgs } from '../../../shared/ipc/channels/import-export';
import { importFile } from '../../services/import/service';
import { CliExit, cliErrorLine, cliErrorText, print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

/** import:commit's kind, file and validOnly, as in the window. */
const importOptions = z.object({
  kind: importCommitArgs.shape.kind,
  file: importCommitArgs.shape.path,
  db: databaseOption,
  validOnly: importCommitArgs.shape.validOnly,
  json: jsonOption,
});

/** One refused row, its reason in the CLI's language. */
function describeError(io: CliIO, error: RowError): string {
  const reason = errorText(error.reason.code, error.reason.params, io.language ?? 'zh-CN');
  return io.language === 'en' ? `  Row ${error.row} [${error.column}] ${reason}` : `  第 ${error.row} 行 [${error.column}] ${reason}`;
}

function summaryText(io: CliIO, kind: ImportKind, summary: ImportSummary): string {
  const lines = [`已导入${importKindLabels[kind]}:新增 ${summary.inserted} 条，更新 ${summary.updated} 条，跳过不合格 ${summary.skipped} 行。`];
  if (summary.outsideScope) {
    lines.push(`其中 ${summary.outsideScope} 个批次的职业或等级不在备案范围内：已照原样导入，备案范围未改动，现场核查时将提示“超出备案范围”。`);
  }
  if (summary.errors.length > 0) lines.push('未导入的行：', ...summary.errors.map((error) => describeError(io, error)));
  return lines.join('\n');
}

/** Exit codes: 0 imported; 2 invalid rows (every error listed) or a file that cannot be read. */
export function registerImportCommand(program: Command, io: CliIO): void {
  program
    .command('import')
    .description('从 Excel(.xlsx)或 CSV(UTF-8 / GBK)导入评价机构名单、批次或考生名册')
    .argument('<kind>', `导入类型：${importKinds.join(' | ')}`)
    .argument('<file>', 'Excel 或 CSV 文件')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--valid-only', '只导入合格的行，跳过不合格的行')
    .option('--json', '以 JSON 输出 { inserted, updated, skipped, outsideScope （仅批次），errors }')
    .action((kindArgument: string, fileArgument: string, raw: RawOptions) => runImport(io, kindArgument, fileArgument, raw));
}

/** The `import` command's work, shared with `experts import`: same options, output and exit codes. */
export async function runImport(io: CliIO, kindArgument: string, fileArgument: string, raw: RawOptions): Promise<void> {
  const { kind, file, ...opts } = parseOptions(importOptions, { ...raw, kind: kindArgument, file: fileArgument }, { kind: '<kind>', file: '<file>' });
  const json = Boolean(opts.json);
  // A postgres:// URL is no path: its backups and files go to the current folder.
  const postgres = isPostgresUrl(opts.db);
  const databasePath = postgres ? opts.db : resolve(opts.db);
  const { db } = openStore(databasePath);
  try {
    // The CLI runs from sources through tsx: the file is parsed in this process (workerScript: null).
    const summary = await importFile({ db, databasePath, dataDir: postgres ? process.cwd() : dirname(databasePath) }, kind, resolve(file), {
      validOnly: opts.validOnly,
      workerScript: null,
    });
    print(io, json, summary, () => summaryText(io, kind, summary));
  } catch (error) {
    if (!isAppError(error)) throw error;
    reportFailure(io, json, error);
    throw new CliExit(2);
  } finally {
    db.close();
  }
}

function reportFailure(io: CliIO, json: boolean, error: AppError): void {
  const details = error.details as { errors?: RowError[] } | undefined;
  const errors = details?.errors ?? [];
  if (json) {
    const { code, params } = error;
    io.out(JSON.stringify({ inserted: 0, updated: 0, skipped: 0, errors, code, params, message: cliErrorText(io, error) }, null, 2));
    return;
  }
  io.err([cliErrorLine(io, error), ...errors.map((error) => describeError(io, error))].join('\n'));
}
