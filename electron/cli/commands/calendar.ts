import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { listWorkingCalendars, latestWorkingCalendar } from '../../../db/repositories/working-calendars';
import type { HolidayCalendarData } from '../../../shared/domain/deadlines';
import { importCalendar } from '../../services/calendar/import-calendar';
import { readCalendarFile } from '../../services/calendar/read-calendar-file';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';
import { withDatabase } from './sync-options';

const importOptions = z.object({ db: databaseOption, file: z.string().min(1), json: jsonOption });
const listOptions = z.object({ db: databaseOption, json: jsonOption });

const summaryOf = (calendarJson: string) => {
  const data = JSON.parse(calendarJson) as HolidayCalendarData;
  return { coveredYears: data.coveredYears ?? [], holidays: data.holidays.length, makeupWorkdays: data.makeupWorkdays.length };
};

export function registerCalendarCommands(program: Command, io: CliIO): void {
  const calendar = program.command('calendar').description('工作日历（法定节假日与调休） / working-day calendars');
  calendar
    .command('import')
    .description('单位：导入法定节假日安排（JSON，或含“版本”行与“日期 / 类型（休 / 班）”列的 XLSX / CSV，见 docs/calendar.md）')
    .argument('<file>', '工作日历文件（.json / .xlsx / .csv）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--json', '以 JSON 输出')
    .action(async (fileArgument: string, raw: RawOptions) => {
      const opts = parseOptions(importOptions, { ...raw, file: fileArgument }, { file: '<file>' });
      const data = await readCalendarFile(resolve(opts.file));
      withDatabase(opts.db, (db) => {
        const stored = importCalendar(db, data, new Date());
        const summary = { version: stored.version, hash: stored.hash, ...summaryOf(stored.calendarJson) };
        print(
          io,
          Boolean(opts.json),
          summary,
          () =>
            `已导入工作日历“${summary.version}”：覆盖 ${summary.coveredYears.join('、')} 年，${summary.holidays} 个节假日、${summary.makeupWorkdays} 个调休上班日；此后的任务包将带上此日历。`,
        );
      });
    });
  calendar
    .command('list')
    .description('本机保存的工作日历（最后一行为正在使用的）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      withDatabase(opts.db, (db) => {
        const inUse = latestWorkingCalendar(db)?.hash ?? null;
        const rows = listWorkingCalendars(db).map((r) => ({
          version: r.version,
          origin: r.origin,
          addedAt: r.addedAt,
          hash: r.hash,
          inUse: r.hash === inUse,
          ...summaryOf(r.calendarJson),
        }));
        print(io, Boolean(opts.json), rows, () =>
          rows.length === 0
            ? '尚未导入工作日历，使用软件内置的法定节假日安排。'
            : rows
                .map((r) => `${r.inUse ? '*' : ' '} ${r.version}  ${r.origin}  ${r.coveredYears.join(',')}  ${r.hash.slice(0, 12)}  ${r.addedAt}`)
                .join('\n'),
        );
      });
    });
}
