import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultStatusDate } from '../../../db/filing-status';
import { openDatabaseReadOnly } from '../../../db/read-only';
import { isIsoDate } from '../../../shared/domain/deadlines/plain-date';
import { AppError } from '../../../shared/errors';
import { exportInstitutions } from '../../services/export/export-institutions';
import { exportStatistics } from '../../services/export/export-statistics';
import { print, type CliIO } from '../io';

export function registerExportCommands(program: Command, io: CliIO): void {
  const exporting = program.command('export').description('导出 Excel(.xlsx)/ export to Excel');

  exporting
    .command('institutions')
    .description('导出评价机构名单（按附件1 版式，可再次导入）')
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--out <path>', '输出 .xlsx 文件')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { db: string; out: string; json?: boolean }) => {
      const db = openDatabaseReadOnly(opts.db);
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
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--filing <id>', '备案编号（institutions list 的 id）')
    .requiredOption('--out <path>', '输出 .xlsx 文件')
    .option('--from <date>', '只统计此日期（含）之后的考试')
    .option('--to <date>', '只统计此日期（含）之前的考试')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { db: string; filing: string; out: string; from?: string; to?: string; json?: boolean }) => {
      const filingId = Number(opts.filing);
      if (!Number.isInteger(filingId) || filingId <= 0) throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_POSITIVE_INTEGER', option: '--filing', value: opts.filing });
      for (const [option, date] of [['--from', opts.from], ['--to', opts.to]] as const) {
        if (date !== undefined && !isIsoDate(date)) throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_BAD_DATE', option, value: date });
      }
      const db = openDatabaseReadOnly(opts.db);
      try {
        const result = await exportStatistics(db, { filingId, path: resolve(opts.out), from: opts.from, to: opts.to });
        print(io, Boolean(opts.json), result, () => `已导出统计表（${result.occupations} 个职业）到 ${result.path}`);
      } finally {
        db.close();
      }
    });
}
