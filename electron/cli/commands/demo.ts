import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { createDemoData } from '../../../db/demo/generate';
import { isPostgresUrl } from '../../../db/engine/location';
import { openStore } from '../../../db/open-store';
import { createSignedDemoReport } from '../../services/demo/signed-demo-report';
import { renderReport } from '../../services/pdf/render-report';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const demoOptions = z.object({ db: databaseOption, dataDir: z.string().min(1).optional(), report: z.boolean(), json: jsonOption });

export function registerDemoCommand(program: Command, io: CliIO): void {
  program
    .command('demo')
    .description(
      '创建演示数据（阳泉市 21 个备案评价机构及生成的职业、批次、考生，一条已签名锁定的现场核查和一条草稿），并生成已数字签名的演示评估表；已有真实数据的数据库会被拒绝',
    )
    .requiredOption('--db <path>', '数据库文件（不存在时创建）')
    .option('--data-dir <dir>', '报告（reports/）和签名密钥（signing/）所在目录，默认为数据库所在目录')
    .option('--no-report', '不生成演示评估表 PDF')
    .option('--json', '以 JSON 输出')
    .action(async (raw: RawOptions) => {
      const opts = parseOptions(demoOptions, raw);
      const { db } = openStore(opts.db, { create: true });
      try {
        const summary = createDemoData(db);
        // The same signed sheet the app makes on first launch, awaited here so scripts and tests can check it.
        const report = opts.report
          ? await createSignedDemoReport({
              db,
              dataDir: opts.dataDir ?? (isPostgresUrl(opts.db) ? process.cwd() : dirname(resolve(opts.db))),
              render: (model) => renderReport(model),
              now: () => new Date(),
            })
          : null;
        print(
          io,
          Boolean(opts.json),
          { ...summary, report },
          () =>
            `${summary.created ? '已创建演示数据' : '数据库中已有演示数据，未作改动'}:${summary.institutions} 个法人机构、${summary.filings} 条备案、` +
            `${summary.occupations} 个备案职业、${summary.batches} 个批次、${summary.candidates} 名考生、${summary.inspections} 条现场核查、${summary.experts} 名专家（演示数据）。` +
            (report ? `\n演示评估表(已由${report.signers.join('、')}数字签名):${report.path}` : ''),
        );
      } finally {
        db.close();
      }
    });
}
