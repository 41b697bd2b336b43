import type { Command } from 'commander';
import { z } from 'zod';
import { backupDatabaseFile } from '../../../db/backup';
import { isPostgresUrl } from '../../../db/engine/location';
import { assertDatabaseFileExists } from '../../../db/open';
import { openStore } from '../../../db/open-store';
import { dumpPostgresStore, restorePostgresStore } from '../../../db/pg-dump';
import { displayLocation } from '../../../db/store-display';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const backupOptions = z.object({ db: databaseOption, out: z.string().min(1, '请指定备份文件'), json: jsonOption });
const restoreOptions = z.object({
  from: z.string().min(1, '请指定备份文件'),
  to: z.string().refine(isPostgresUrl, '请指定 postgres://用户名@主机:端口/数据库名'),
  json: jsonOption,
});

/** `db backup` and `db restore-pg`: added to the `db` command group by db.ts. */
export function registerDbBackupCommand(dbGroup: Command, io: CliIO): void {
  dbGroup
    .command('backup')
    .description('备份数据库：SQLite 用备份接口（不是文件复制），PostgreSQL 用 pg_dump --format=custom；不覆盖已存在的文件')
    .requiredOption('--db <location>', '数据库文件，或 postgres://用户名@主机:端口/数据库名')
    .requiredOption('--out <path>', '备份文件')
    .option('--json', '以 JSON 输出')
    .action(async (raw: RawOptions) => {
      const opts = parseOptions(backupOptions, raw);
      if (isPostgresUrl(opts.db)) {
        const dumped = dumpPostgresStore(opts.db, opts.out);
        print(
          io,
          Boolean(opts.json),
          dumped,
          () => `已用 pg_dump 备份 ${displayLocation(opts.db)} 到 ${dumped.path}。恢复：db restore-pg --from ${dumped.path} --to <空数据库>`,
        );
        return;
      }
      assertDatabaseFileExists(opts.db);
      const result = await backupDatabaseFile(opts.db, opts.out);
      print(io, Boolean(opts.json), result, () => `已备份到 ${result.path}(${result.pages} 页)。`);
    });

  dbGroup
    .command('restore-pg')
    .description('用 pg_restore 把 db backup 的 PostgreSQL 备份恢复到一个空数据库（有表的数据库不会被覆盖）')
    .requiredOption('--from <file>', 'db backup 生成的 pg_dump 文件')
    .requiredOption('--to <url>', '空的 PostgreSQL 数据库：postgres://用户名@主机:端口/数据库名')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(restoreOptions, raw);
      restorePostgresStore(opts.from, opts.to);
      // Opening checks what came back: a dump from a newer app is refused (DB_TOO_NEW), an older one is migrated.
      const { db, migration } = openStore(opts.to);
      db.close();
      print(
        io,
        Boolean(opts.json),
        { restored: opts.from, target: displayLocation(opts.to), version: migration.to },
        () => `已恢复到 ${displayLocation(opts.to)}（结构版本 ${migration.to}）。`,
      );
    });
}
