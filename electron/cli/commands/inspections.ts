import type { Command } from 'commander';
import { z } from 'zod';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { listInspections } from '../../../db/repositories/inspections';
import { formatPoints } from '../../../shared/domain/scoring/points';
import { inspectionStatusLabels } from '../../../shared/store/enums';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

// inspections:list's only filter (institutionId) has no option here.
const listOptions = z.object({ db: databaseOption, json: jsonOption });

export function registerInspectionCommands(program: Command, io: CliIO): void {
  const inspections = program.command('inspections').description('现场核查记录 / inspections');
  inspections
    .command('list')
    .description('列出核查记录（得分为分，未评分为 null）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const rows = listInspections(db).map((i) => ({
          id: i.id,
          institutionId: i.institutionId,
          templateId: i.templateId,
          status: i.status,
          score: i.scoreHundredths === null ? null : Number(formatPoints(i.scoreHundredths)),
        }));
        print(io, Boolean(opts.json), rows, () =>
          rows.length === 0
            ? '没有核查记录。'
            : rows
                .map((r) => `${r.id}\t机构 ${r.institutionId}\t${r.templateId}\t${inspectionStatusLabels[r.status]}\t${r.score ?? '未评分'}`)
                .join('\n'),
        );
      } finally {
        db.close();
      }
    });
}
