import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { defaultStatusDate } from '../../../db/filing-status';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { isIsoDate } from '../../../shared/domain/deadlines/plain-date';
import { exportInstitutionsArgs, exportStatisticsArgs } from '../../../shared/ipc/channels/import-export';
import { exportInstitutions } from '../../services/export/export-institutions';
import { exportStatistics } from '../../services/export/export-statistics';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, numberOption, parseOptions, type RawOptions } from './parse-options';

/** export:institutions' file (the window's search filters have no options here). */
const institutionsOptions = z.object({ db: databaseOption, out: exportInstitutionsArgs.shape.path, json: jsonOption });
// The channel checks a date's shape only; the command has always refused a day that does not exist (2021-02-30) too.
const calendarDate = (field: typeof exportStatisticsArgs.shape.from) =>
  field.refine((date) => date === undefined || isIsoDate(date), '不是有效的日期');

/** export:statistics' filing, file and date range, as in the window. */
const statisticsOptions = z.object({
  db: databaseOption,
  filing: numberOption(exportStatisticsArgs.shape.filingId),
  out: exportStatisticsArgs.shape.path,
  from: calendarDate(exportStatisticsArgs.shape.from),
  to: calendarDate(exportStatisticsArgs.shape.to),
  json: jsonOption,
});

export function registerExportCommands(program: Command, io: CliIO): void {
  const exporting = program.command('export').description('导出 Excel(.xlsx)/ export to Excel');

  exporting
    .command('institutions')
    .description('导出评价机构名单（按附件1 版式，可再次导入）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--out <path>', '输出 .xlsx 文件')
    .option('--json', '以 JSON 输出')
    .action(async (raw: RawOptions) => {
      const opts = parseOptions(institutionsOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const result = await exportInstitutions(db, { path: resolve(opts.out), today: defaultStatusDate(db, new Date()) });
        print(io, Boolean(opts.json), result, () => `已导出 ${result.rows} 条备案到 ${result.path}`);
      } finally {
        db.close();
      }
    });

  exporting
    .command('statistics')
    .description('导出一条备案的工作情况统计表（004 附件2）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--filing <id>', '备案编号（institutions list 的 id）')
    .requiredOption('--out <path>', '输出 .xlsx 文件')
    .option('--from <date>', '只统计此日期（含）之后的考试')
    .option('--to <date>', '只统计此日期（含）之前的考试')
    .option('--json', '以 JSON 输出')
    .action(async (raw: RawOptions) => {
      const { filing: filingId, ...opts } = parseOptions(statisticsOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const result = await exportStatistics(db, { filingId, path: resolve(opts.out), from: opts.from, to: opts.to });
        print(io, Boolean(opts.json), result, () => `已导出统计表（${result.occupations} 个职业）到 ${result.path}`);
      } finally {
        db.close();
      }
    });
}
