import type { Command } from 'commander';
import { z } from 'zod';
import { defaultStatusDate } from '../../../db/filing-status';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { searchInstitutions } from '../../../db/repositories/institution-search';
import { institutionListArgs } from '../../../shared/ipc/channels/institutions';
import { institutionKindLabels } from '../../../shared/store/enums';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

/** institutions:list's date, as in the window. */
const listOptions = z.object({ db: databaseOption, on: institutionListArgs.shape.onDate, json: jsonOption });

export function registerInstitutionCommands(program: Command, io: CliIO): void {
  const institutions = program.command('institutions').description('评价机构 / institutions');
  institutions
    .command('list')
    .description('列出评价机构备案（每条备案一行），状态按备案期限规则计算')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--on <date>', '按此日期（YYYY-MM-DD）计算状态，默认今天（演示数据默认 2023-08-31）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(listOptions, raw);
      const db = openStoreReadOnly(opts.db);
      try {
        const rows = searchInstitutions(db, {}, opts.on ?? defaultStatusDate(db, new Date()));
        const json = rows.map(({ id, name, uscc, kind, filingNo, filingYear, validFrom, validTo, status }) => ({
          id,
          name,
          uscc,
          kind,
          filingNo,
          filingYear,
          validFrom,
          validTo,
          status,
        }));
        print(io, Boolean(opts.json), json, () =>
          rows.length === 0
            ? '没有评价机构。'
            : rows
                .map(
                  (r) =>
                    `${r.id}\t${r.name}\t${r.uscc}\t${institutionKindLabels[r.kind]}\t${r.filingNo}\t${r.filingYear}\t${r.validFrom ?? ''}~${r.validTo ?? ''}\t${r.statusLabel}`,
                )
                .join('\n'),
        );
      } finally {
        db.close();
      }
    });
}
