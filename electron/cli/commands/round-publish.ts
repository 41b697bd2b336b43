import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { defaultStatusDate } from '../../../db/filing-status';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { roundPlanChannels } from '../../../shared/ipc/channels/round-plans';
import { publishRound } from '../../services/round-publish/publish-round';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const publishArgs = roundPlanChannels['roundPlans:publish'].args.shape;
const publishOptions = z.object({
  db: databaseOption,
  round: publishArgs.roundUid,
  kind: publishArgs.kind,
  format: publishArgs.format,
  out: publishArgs.path,
  json: jsonOption,
});

const KIND_TEXT = { draw: '抽查结果公示', results: '检查结果公示' } as const;

/** `round publish`: the round's public notice (一公开), the window's roundPlans:publish for scripts. */
export function registerRoundPublishCommands(round: Command, io: CliIO): void {
  round
    .command('publish')
    .description('一公开：导出抽查结果公示（draw）或检查结果公示（results），PDF 或 XLSX，不含身份证号')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--round <uid>', '评估轮次编号（32 位十六进制）')
    .requiredOption('--kind <kind>', 'draw（抽查结果公示）或 results（检查结果公示）')
    .requiredOption('--format <format>', 'pdf 或 xlsx')
    .requiredOption('--out <path>', '输出文件（扩展名与 --format 一致）')
    .option('--json', '以 JSON 输出')
    .action(async (raw: RawOptions) => {
      const opts = parseOptions(publishOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const result = await publishRound(db, {
          roundUid: opts.round,
          kind: opts.kind,
          format: opts.format,
          path: resolve(opts.out),
          publishedOn: defaultStatusDate(db, new Date()),
        });
        print(io, Boolean(opts.json), result, () => `已导出${KIND_TEXT[opts.kind]}：${result.path}`);
      } finally {
        db.close();
      }
    });
}
