import type { Command } from 'commander';
import { createDemoData } from '../../../db/demo/generate';
import { openDatabase } from '../../../db/open';
import { print, type CliIO } from '../io';

export function registerDemoCommand(program: Command, io: CliIO): void {
  program
    .command('demo')
    .description('创建演示数据(阳泉市 21 个备案评价机构及生成的职业、批次、考生);已有真实数据的数据库会被拒绝')
    .requiredOption('--db <path>', '数据库文件(不存在时创建)')
    .option('--json', '以 JSON 输出')
    .action((opts: { db: string; json?: boolean }) => {
      const { db } = openDatabase(opts.db);
      try {
        const summary = createDemoData(db);
        print(io, Boolean(opts.json), summary, () =>
          `${summary.created ? '已创建演示数据' : '数据库中已有演示数据,未作改动'}:${summary.institutions} 个法人机构、${summary.filings} 条备案、` +
          `${summary.occupations} 个备案职业、${summary.batches} 个批次、${summary.candidates} 名考生(演示数据)。`,
        );
      } finally {
        db.close();
      }
    });
}
