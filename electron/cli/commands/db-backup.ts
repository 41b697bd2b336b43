import type { Command } from 'commander';
import { z } from 'zod';
import { backupDatabaseFile } from '../../../db/backup';
import { assertDatabaseFileExists } from '../../../db/open';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const backupOptions = z.object({ db: databaseOption, out: z.string().min(1, '请指定备份文件'), json: jsonOption });

/** `db backup`: added to the `db` command group by db.ts. */
export function registerDbBackupCommand(dbGroup: Command, io: CliIO): void {
  dbGroup
    .command('backup')
    .description('用 SQLite 备份接口备份数据库（不是文件复制）；不覆盖已存在的文件')
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--out <path>', '备份文件')
    .option('--json', '以 JSON 输出')
    .action(async (raw: RawOptions) => {
      const opts = parseOptions(backupOptions, raw);
      assertDatabaseFileExists(opts.db);
      const result = await backupDatabaseFile(opts.db, opts.out);
      print(io, Boolean(opts.json), result, () => `已备份到 ${result.path}(${result.pages} 页)。`);
    });
}
