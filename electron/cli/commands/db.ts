import type { Command } from 'commander';
import { z } from 'zod';
import { checkPostgresStore } from '../../../db/check-postgres';
import { isPostgresUrl } from '../../../db/engine/location';
import { assertDatabaseFileExists, inspectDatabase } from '../../../db/open';
import { openStore } from '../../../db/open-store';
import { displayLocation } from '../../../db/store-display';
import { CliExit, print, type CliIO } from '../io';
import { registerDbBackupCommand } from './db-backup';
import { registerDbCopyCommand } from './db-copy';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const migrateOptions = z.object({ db: databaseOption, json: jsonOption });
const checkOptions = z.object({ db: databaseOption, full: z.boolean().optional(), json: jsonOption });

const DB_HELP = '数据库文件，或 postgres://用户名@主机:端口/数据库名（密码取自 PGPASSWORD 或 ~/.pgpass）';

export function registerDbCommands(program: Command, io: CliIO): void {
  const db = program.command('db').description('数据库维护 / database maintenance');

  db.command('migrate')
    .description('创建数据库或升级到当前结构版本')
    .requiredOption('--db <location>', DB_HELP)
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(migrateOptions, raw);
      const { db: handle, migration, created } = openStore(opts.db, { create: true });
      handle.close();
      print(io, Boolean(opts.json), { ...migration, created }, () =>
        migration.applied.length === 0
          ? `数据库已是最新结构（版本 ${migration.to}）。`
          : `${created ? '已创建数据库' : '已升级数据库'}:版本 ${migration.from} → ${migration.to}(${migration.applied.join(', ')})`,
      );
    });

  db.command('check')
    .description('只读检查数据库完整性；损坏时退出码为 1')
    .requiredOption('--db <location>', DB_HELP)
    .option('--full', '完整检查（integrity_check，仅 SQLite），默认快速检查（quick_check）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(checkOptions, raw);
      if (isPostgresUrl(opts.db)) {
        checkPostgres(io, opts.db, Boolean(opts.json));
        return;
      }
      // A missing file is a mistyped path (exit 2), not a damaged database (exit 1).
      assertDatabaseFileExists(opts.db);
      const report = inspectDatabase(opts.db, { full: Boolean(opts.full) });
      print(io, Boolean(opts.json), report, () =>
        report.ok
          ? `数据库完好（结构版本 ${report.userVersion}）。`
          : `数据库已损坏或无法读取：\n${report.problems.map((p) => `  - ${p}`).join('\n')}`,
      );
      if (!report.ok) throw new CliExit(1);
    });

  registerDbBackupCommand(db, io);
  registerDbCopyCommand(db, io);
}

function checkPostgres(io: CliIO, url: string, json: boolean): void {
  const report = checkPostgresStore(url);
  print(io, json, report, () => {
    const counts = Object.entries(report.rowCounts)
      .map(([table, n]) => `  ${table}: ${n}`)
      .join('\n');
    const head = report.ok
      ? `已连接 ${displayLocation(url)}，结构版本 ${report.userVersion}，内置表单齐全。`
      : `数据库有问题（${displayLocation(url)}）：\n${report.problems.map((p) => `  - ${p}`).join('\n')}`;
    return `${head}\n各表行数：\n${counts}\n（完整性检查 quick_check/integrity_check 仅适用于 SQLite；PostgreSQL 由服务器自行校验数据页。）`;
  });
  if (!report.ok) throw new CliExit(1);
}
