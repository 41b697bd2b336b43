import type { Command } from 'commander';
import { z } from 'zod';
import { verifyAuditLog } from '../../../db/audit-verify';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { CliExit, print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const verifyOptions = z.object({ db: databaseOption, json: jsonOption });

export function registerAuditCommands(program: Command, io: CliIO): void {
  const audit = program.command('audit').description('审计日志 / audit log');
  audit
    .command('verify')
    .description('校验审计日志哈希链；发现修改、删除、插入或调换顺序时退出码为 1')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(verifyOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const result = verifyAuditLog(db);
        print(io, Boolean(opts.json), result, () =>
          result.ok ? `审计日志完好：共 ${result.entries} 条记录，哈希链连续。` : `审计日志已被篡改：${result.firstProblem?.reason ?? '未知问题'}`,
        );
        if (!result.ok) throw new CliExit(1);
      } finally {
        db.close();
      }
    });
}
