import type { Command } from 'commander';
import { z } from 'zod';
import { assertDatabaseFileExists, inspectDatabase, openDatabase } from '../../../db/open';
import { CliExit, print, type CliIO } from '../io';
import { registerDbBackupCommand } from './db-backup';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const migrateOptions = z.object({ db: databaseOption, json: jsonOption });
const checkOptions = z.object({ db: databaseOption, full: z.boolean().optional(), json: jsonOption });

export function registerDbCommands(program: Command, io: CliIO): void {
  const db = program.command('db').description('数据库维护 / database maintenance');

  db.command('migrate')
    .description('创建数据库或升级到当前结构版本')
    .requiredOption('--db <path>', '数据库文件')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(migrateOptions, raw);
      const { db: handle, migration, created } = openDatabase(opts.db, { create: true });
      handle.close();
      print(io, Boolean(opts.json), { ...migration, created }, () =>
        migration.applied.length === 0
          ? `数据库已是最新结构（版本 ${migration.to}）。`
          : `${created ? '已创建数据库' : '已升级数据库'}:版本 ${migration.from} → ${migration.to}(${migration.applied.join(', ')})`,
      );
    });

  db.command('check')
    .description('只读检查数据库完整性；损坏时退出码为 1')
    .requiredOption('--db <path>', '数据库文件')
    .option('--full', '完整检查（integrity_check），默认快速检查（quick_check）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(checkOptions, raw);
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
}
