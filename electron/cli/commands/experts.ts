import type { Command } from 'commander';
import { z } from 'zod';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { CONFLICT_RELATION_LABELS } from '../../../shared/domain/double-random/types';
import type { ExpertView } from '../../../shared/ipc/channels/experts';
import { listExpertViews } from '../../services/experts/expert-view';
import { print, type CliIO } from '../io';
import { runImport } from './import';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

/** experts:list's filters, as in the window. */
const listOptions = z.object({
  db: databaseOption,
  query: z.string().max(100).optional(),
  activeOnly: z.boolean().optional(),
  json: jsonOption,
});

const ROLE_WORDS = { lead: '组长', member: '成员' } as const;

function expertLine(expert: ExpertView): string {
  const conflicts = expert.conflicts.map((c) => `${c.name ?? c.uscc ?? ''}（${CONFLICT_RELATION_LABELS[c.relation]}）`).join('、');
  return [
    expert.code,
    expert.name,
    expert.idNumberMasked,
    expert.employerName ?? '',
    expert.region ?? '',
    expert.specialties.join('、'),
    expert.roles.map((role) => ROLE_WORDS[role]).join('/'),
    expert.active ? '在库' : '停用',
    conflicts === '' ? '' : `回避：${conflicts}`,
  ].join('\t');
}

/** `experts import`, `experts list` (issue 16 §1, §7). Exit codes of `experts import` are those of `import`. */
export function registerExpertCommands(program: Command, io: CliIO): void {
  const experts = program.command('experts').description('专家库 / expert pool');
  experts
    .command('import')
    .description('从 Excel(.xlsx)或 CSV(UTF-8 / GBK)导入专家库；按身份证号更新已有专家')
    .argument('<file>', 'Excel 或 CSV 文件')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--valid-only', '只导入合格的行，跳过不合格的行')
    .option('--json', '以 JSON 输出 { inserted, updated, skipped, errors }')
    .action((file: string, raw: RawOptions) => runImport(io, 'experts', file, raw));
  experts
    .command('list')
    .description('列出专家库（身份证号脱敏），按专家编号排序')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--query <text>', '只列出姓名、编号、工作单位或地区含此文字的专家')
    .option('--active-only', '只列出在库（启用）的专家')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const rows = listExpertViews(db, { query: opts.query, activeOnly: opts.activeOnly });
        print(io, Boolean(opts.json), rows, () => (rows.length === 0 ? '专家库中没有专家。' : rows.map(expertLine).join('\n')));
      } finally {
        db.close();
      }
    });
}
