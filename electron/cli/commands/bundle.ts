import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { syncChannels } from '../../../shared/ipc/channels/sync';
import { exportBundleToFile } from '../../services/sync/field/bundle-export';
import { importBundle } from '../../services/sync/office/bundle-import';
import { verifyBundle } from '../../services/sync/office/bundle-open';
import { unlockOffice } from '../../services/sync/office/office-keys';
import { AppError } from '../../../shared/errors';
import { print, type CliIO } from '../io';
import { APP_VERSION, SECRET_ENV, withDatabase, withOptionalSecrets, withSecrets } from './sync-options';
import { dirname } from 'node:path';
import { getMeta } from '../../../db/repositories/app-meta';
import { PROFILE_INSPECTOR_KEY } from '../../handlers/actor';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';

const exportArgs = syncChannels['sync:exportBundle'].args.shape;
const openArgs = syncChannels['sync:importBundle'].args.shape;

/** sync:exportBundle's file and PIN or local passphrase; the data folder is the CLI's own (the window's is the app's). */
const exportOptions = z.object({
  db: databaseOption,
  out: exportArgs.path,
  dataDir: z.string().min(1).optional(),
  pin: exportArgs.pin,
  keyPassphrase: exportArgs.keyPassphrase,
  json: jsonOption,
});
/** sync:verifyBundle / sync:importBundle: a bundle by path (here always a file) and the office passphrase. */
const openOptions = z.object({ file: openArgs.path.unwrap(), db: databaseOption, passphrase: openArgs.passphrase, json: jsonOption });

export function registerBundleCommands(program: Command, io: CliIO): void {
  const bundle = program.command('bundle').description('结果包（笔记本 → 单位） / result bundles');
  bundle
    .command('export')
    .description('导出结果包（已签名的核查、审计日志、PDF、证据；签名并加密给单位）')
    .requiredOption('--db <path>', '笔记本数据库')
    .requiredOption('--out <file>', '写出的结果包文件（.skb）')
    .option('--data-dir <dir>', '证据与报告所在的数据目录（默认为数据库所在目录）')
    .option('--pin <pin>', `PIN 码，密钥由 PIN 保护时（或环境变量 ${SECRET_ENV.pin}）`)
    .option('--key-passphrase <text>', `本机口令，密钥由本机口令保护时（或环境变量 ${SECRET_ENV.keyPassphrase}）`)
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(exportOptions, withOptionalSecrets(raw, ['pin', 'keyPassphrase']));
      withDatabase(opts.db, (db) => {
        const result = exportBundleToFile(db, opts.out, {
          ...(opts.pin ? { pin: opts.pin } : {}),
          ...(opts.keyPassphrase ? { keyPassphrase: opts.keyPassphrase } : {}),
          now: new Date(),
          appVersion: APP_VERSION,
          dataDir: opts.dataDir ?? dirname(opts.db),
          actor: getMeta(db, PROFILE_INSPECTOR_KEY) ?? '本机用户',
        });
        const summary = { sequence: result.sequence, deviceKey: result.deviceKey, inspections: result.inspectionIds.length, out: opts.out };
        print(io, Boolean(opts.json), summary, () => `结果包 #${result.sequence}(${result.inspectionIds.length} 份核查)已写入 ${opts.out}。`);
      });
    });
  bundle
    .command('verify')
    .description('只检查结果包（解密、签名、设备、清单），不导入')
    .argument('<file>', '结果包文件')
    .requiredOption('--db <path>', '单位数据库')
    .option('--passphrase <text>', `单位口令（或环境变量 ${SECRET_ENV.passphrase}）`)
    .option('--json', '以 JSON 输出')
    .action((fileArgument: string, raw: RawOptions) => {
      const { file, ...opts } = parseOptions(openOptions, withSecrets({ ...raw, file: fileArgument }, ['passphrase']), { file: '<file>' });
      withDatabase(opts.db, (db) => {
        const keys = unlockOffice(db, opts.passphrase);
        const verified = verifyBundle(db, readFileSync(file), keys, new Date());
        const summary = {
          valid: true,
          deviceKey: verified.deviceKey,
          sequence: verified.sequence,
          createdAt: verified.createdAt,
          signer: verified.signerName,
          inspections: verified.inspections.length,
          auditEntries: verified.audit.length,
        };
        print(
          io,
          Boolean(opts.json),
          summary,
          () =>
            `结果包有效：设备 ${verified.deviceKey}，序号 ${verified.sequence}，签名人 ${verified.signerName},${verified.inspections.length} 份核查。`,
        );
      });
    });
  bundle
    .command('import')
    .description('导入结果包（先全部验证，再在一个事务中写入；重复导入不改变数据）')
    .argument('<file>', '结果包文件')
    .requiredOption('--db <path>', '单位数据库')
    .option('--passphrase <text>', `单位口令（或环境变量 ${SECRET_ENV.passphrase}）`)
    .option('--json', '以 JSON 输出')
    .action((fileArgument: string, raw: RawOptions) => {
      const { file, ...opts } = parseOptions(openOptions, withSecrets({ ...raw, file: fileArgument }, ['passphrase']), { file: '<file>' });
      withDatabase(opts.db, (db) => {
        const keys = unlockOffice(db, opts.passphrase);
        const report = importBundle(db, readFileSync(file), keys, new Date());
        // One rule with `pack import` (docs/errors.md, Exit codes): the same file again is 0, an older one is refused (2).
        if (report.status === 'stale') throw new AppError('SYNC_BUNDLE_OLD', { device: report.deviceKey, sequence: report.sequence });
        print(io, Boolean(opts.json), report, () => report.message);
      });
    });
}
