import type { Command } from 'commander';
import { z } from 'zod';
import { copyStore } from '../../../db/copy-store';
import { latestSchemaVersion } from '../../../db/migrations';
import { openStore } from '../../../db/open-store';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { displayLocation } from '../../../db/store-display';
import { syncStateHash } from '../../services/sync/office/state-hash';
import { print, type CliIO } from '../io';
import { jsonOption, parseOptions, type RawOptions } from './parse-options';

const copyOptions = z.object({
  from: z.string().min(1, '请指定源数据库'),
  to: z.string().min(1, '请指定目标数据库'),
  json: jsonOption,
});

/** `db copy`: moves a whole store between engines (a single-PC office into PostgreSQL, and back). */
export function registerDbCopyCommand(dbGroup: Command, io: CliIO): void {
  dbGroup
    .command('copy')
    .description('把整个数据库复制到另一个空数据库（SQLite ↔ PostgreSQL），复制后核对状态哈希，不一致则全部回滚')
    .requiredOption('--from <location>', '源数据库：文件或 postgres:// 地址（只读，须为当前结构版本）')
    .requiredOption('--to <location>', '目标数据库：新文件或空的 postgres:// 数据库（自动建表）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(copyOptions, raw);
      const json = Boolean(opts.json);
      const source = openStoreReadOnly(opts.from);
      try {
        const { db: target } = openStore(opts.to, { create: true });
        try {
          const report = copyStore(source, target, {
            schemaVersion: latestSchemaVersion,
            stateHash: syncStateHash,
            targetLabel: displayLocation(opts.to),
            onTable: (table, index, total) => {
              if (!json) io.out(`复制 ${table} ${index}/${total}`);
            },
          });
          print(io, json, { from: displayLocation(opts.from), to: displayLocation(opts.to), ...report }, () =>
            [
              `已复制 ${report.tables.length} 个表、${report.rows} 行：${displayLocation(opts.from)} → ${displayLocation(opts.to)}。`,
              `各表行数与内容摘要一致，状态哈希 ${report.stateHash ?? '-'} 一致。`,
            ].join('\n'),
          );
        } finally {
          target.close();
        }
      } finally {
        source.close();
      }
    });
}
