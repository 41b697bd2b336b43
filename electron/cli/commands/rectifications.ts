import type { Command } from 'commander';
import { z } from 'zod';
import { defaultStatusDate } from '../../../db/filing-status';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { rectificationChannels } from '../../../shared/ipc/channels/rectifications';
import { decideRectification } from '../../services/rectification/decide';
import { getRectificationView, listRectificationViews } from '../../services/rectification/rectification-view';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';
import { withDatabase } from './sync-options';

const WATCH_TEXT = { none: '已决定', inProgress: '整改中', dueSoon: '即将到期', overdue: '整改逾期' } as const;

const listArgs = rectificationChannels['rectifications:list'].args.shape;
const decideArgs = rectificationChannels['rectifications:decide'].args.shape;
const listOptions = z.object({ db: databaseOption, on: listArgs.onDate, json: jsonOption });
const decideOptions = z.object({
  db: databaseOption,
  uid: decideArgs.uid,
  decision: decideArgs.decision,
  reason: decideArgs.reason,
  on: decideArgs.decidedOn,
  json: jsonOption,
});

/** `rectifications list` and `rectifications decide` (R-YQ-06), the window's channels for scripts and the office's records. */
export function registerRectificationCommands(program: Command, io: CliIO): void {
  const rectifications = program.command('rectifications').description('整改 / rectifications');
  rectifications
    .command('list')
    .description('列出整改记录及其期限状态（整改中、即将到期、整改逾期）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--on <date>', '按此日期（YYYY-MM-DD）计算期限状态，默认今天')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const views = listRectificationViews(db, opts.on ?? defaultStatusDate(db, new Date()));
        print(io, Boolean(opts.json), views, () =>
          views.length === 0
            ? '没有整改记录。'
            : views
                .map(
                  (v) =>
                    `${v.uid}\t${v.institutionName}\t${v.filingNo}\t${v.outcomeLabel}\t${v.dueOn}\t${WATCH_TEXT[v.watch]}\t${v.decision ? v.decision.label : ''}`,
                )
                .join('\n'),
        );
      } finally {
        db.close();
      }
    });
  rectifications
    .command('decide <uid>')
    .description('记录整改的最终决定（renew 准予延续 / resume 恢复评价 / terminate 终止备案），一经记录不可更改')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--decision <decision>', 'renew、resume 或 terminate')
    .requiredOption('--reason <text>', '理由')
    .requiredOption('--on <date>', '决定日期（YYYY-MM-DD）')
    .option('--json', '以 JSON 输出')
    .action((uid: string, raw: RawOptions) => {
      const opts = parseOptions(decideOptions, { ...raw, uid });
      withDatabase(opts.db, (db) => {
        decideRectification(db, {
          uid: opts.uid,
          decision: opts.decision,
          reason: opts.reason,
          decidedOn: opts.on,
          actor: 'office-cli',
          now: new Date(),
        });
        const view = getRectificationView(db, opts.uid, opts.on);
        print(io, Boolean(opts.json), view, () => `已记录整改 ${view.uid}（${view.institutionName}）的最终决定：${view.decision?.label ?? ''}。`);
      });
    });
}
