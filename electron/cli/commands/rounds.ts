import type { Command } from 'commander';
import { z } from 'zod';
import { listRounds } from '../../../db/repositories/assessment-rounds';
import { roundChannels } from '../../../shared/ipc/channels/rounds';
import { openOfficeRound } from '../../services/rounds/office-rounds';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, numberOption, parseOptions, type RawOptions } from './parse-options';
import { withDatabase } from './sync-options';

const openArgs = roundChannels['rounds:open'].args.shape;
const openOptions = z.object({ db: databaseOption, name: openArgs.name, year: numberOption(openArgs.year), json: jsonOption });
const listOptions = z.object({ db: databaseOption, json: jsonOption });

const originLabels = { office: '本单位', device: '笔记本', received: '接收' } as const;

export function registerRoundCommands(program: Command, io: CliIO): void {
  const rounds = program.command('rounds').description('评估轮次 / assessment rounds');
  rounds
    .command('open')
    .description('单位：新建一个评估轮次（如 2026年度延续备案评估），此后任务包的分配默认归入最新的轮次')
    .requiredOption('--db <path>', '单位数据库')
    .requiredOption('--name <text>', '轮次名称')
    .requiredOption('--year <year>', '年度')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(openOptions, raw);
      withDatabase(opts.db, (db) => {
        const round = openOfficeRound(db, { name: opts.name, year: opts.year, now: new Date() });
        print(io, Boolean(opts.json), round, () => `已新建评估轮次“${round.name}”（${round.year} 年度，编号 ${round.uid}）。`);
      });
    });
  rounds
    .command('list')
    .description('本机保存的全部评估轮次，最新在前')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      withDatabase(opts.db, (db) => {
        const all = listRounds(db);
        print(io, Boolean(opts.json), all, () =>
          all.length === 0
            ? '尚无评估轮次。'
            : all.map((r) => `${r.uid}  ${r.year}  ${r.name}  （${originLabels[r.origin]}：${r.openedBy}，${r.openedAt}）`).join('\n'),
        );
      });
    });
}
