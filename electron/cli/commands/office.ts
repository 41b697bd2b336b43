import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { formatPoints } from '../../../shared/domain/scoring/points';
import { enrollInspector, revokeDevice } from '../../services/sync/office/enroll';
import { resetDeviceSequence } from '../../services/sync/office/device-sequence';
import { initOffice, unlockOffice } from '../../services/sync/office/office-keys';
import { syncChannels, type SummaryFormat } from '../../../shared/ipc/channels/sync';
import { renderReport } from '../../services/pdf/render-report';
import { loadSummaryExport, summaryFileBytes } from '../../services/sync/review/summary-export';
import { requireRole } from '../../services/sync/role';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, parseOptions, type RawOptions } from './parse-options';
import { SECRET_ENV, withDatabase, withSecrets } from './sync-options';

const initArgs = syncChannels['sync:initOffice'].args.shape;
const enrollArgs = syncChannels['sync:enroll'].args.shape;

/** sync:initOffice's name and passphrase, as in 设置 → 本单位. */
const initOptions = z.object({ db: databaseOption, name: initArgs.officeName, passphrase: initArgs.passphrase, json: jsonOption });
/** sync:enroll's inspector, device, PIN, passphrase and file, as in 办公室审核 → 登记笔记本. */
const enrollOptions = z.object({
  db: databaseOption,
  inspector: enrollArgs.inspectorName,
  device: enrollArgs.deviceKey,
  out: enrollArgs.path,
  label: z.string().trim().min(1).max(100).optional(),
  staffNo: z.string().trim().min(1).max(50).optional(),
  passphrase: enrollArgs.passphrase,
  pin: enrollArgs.pin,
  json: jsonOption,
});
/** No channel revokes a device; the key has the form sync:enroll gives it. */
const revokeOptions = z.object({
  db: databaseOption,
  device: enrollArgs.deviceKey,
  reason: z.string().trim().min(1, '请填写原因').max(500),
  json: jsonOption,
});
/** Resets a device's bundle sequence (docs/sync-format.md); the reason goes into the office's audit log. */
const resetSequenceOptions = z.object({
  db: databaseOption,
  device: enrollArgs.deviceKey,
  reason: z.string().trim().min(1, '请填写原因').max(500),
  to: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  json: jsonOption,
});
/** sync:summary's format; the file is the CLI's own (the window writes into the data folder). */
const summaryOptions = z.object({
  db: databaseOption,
  out: z.string().min(1).optional(),
  format: syncChannels['sync:summary'].args.shape.export,
  json: jsonOption,
});

export function registerOfficeCommands(program: Command, io: CliIO): void {
  const office = program.command('office').description('单位端：根证书、人员与设备登记 / office CA and enrolment');
  office
    .command('init')
    .description('创建单位根证书（口令加密）并把数据库设为单位主库')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--name <office>', '单位名称，如 阳泉市人力资源和社会保障局')
    .option('--passphrase <text>', `单位口令（或环境变量 ${SECRET_ENV.passphrase}）`)
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(initOptions, withSecrets(raw, ['passphrase']));
      withDatabase(
        opts.db,
        (db) => {
          const result = initOffice(db, { officeName: opts.name, passphrase: opts.passphrase, now: new Date() });
          print(
            io,
            Boolean(opts.json),
            { role: 'office', caCertificatePem: result.caCertificatePem },
            () => `已创建单位根证书，数据库角色：单位（office）。`,
          );
        },
        { create: true },
      );
    });
  office
    .command('enroll')
    .description('为核查人员的笔记本签发证书与密钥（PKCS#12，由 PIN 保护）')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--inspector <name>', '核查人员姓名')
    .requiredOption('--device <key>', '设备编号（字母、数字、-、_）')
    .requiredOption('--out <file>', '写出的 .p12 文件')
    .option('--label <text>', '设备名称')
    .option('--staff-no <no>', '工号')
    .option('--passphrase <text>', `单位口令（或环境变量 ${SECRET_ENV.passphrase}）`)
    .option('--pin <pin>', `核查人员 PIN 码（或环境变量 ${SECRET_ENV.pin}）`)
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(enrollOptions, withSecrets(raw, ['passphrase', 'pin']));
      withDatabase(opts.db, (db) => {
        const keys = unlockOffice(db, opts.passphrase);
        const result = enrollInspector(db, keys, {
          inspectorName: opts.inspector,
          staffNo: opts.staffNo ?? null,
          deviceKey: opts.device,
          deviceLabel: opts.label ?? opts.device,
          pin: opts.pin,
          now: new Date(),
        });
        writeFileSync(opts.out, result.pkcs12, { mode: 0o600 });
        print(
          io,
          Boolean(opts.json),
          { serial: result.serial, device: opts.device, out: opts.out },
          () => `已为 ${opts.inspector}（设备 ${opts.device}）签发证书 ${result.serial}，写入 ${opts.out}。`,
        );
      });
    });
  office
    .command('revoke')
    .description('吊销设备证书（设备丢失等），此后其结果包一律拒收')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--device <key>', '设备编号')
    .requiredOption('--reason <text>', '原因')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(revokeOptions, raw);
      withDatabase(opts.db, (db) => {
        requireRole(db, 'office');
        const revoked = revokeDevice(db, opts.device, opts.reason, new Date());
        print(io, Boolean(opts.json), { device: opts.device, revoked }, () => `已吊销设备 ${opts.device} 的 ${revoked} 张证书。`);
      });
    });
  office
    .command('reset-sequence')
    .description('重置设备的结果包序号（误导入序号异常的包后），原因记入审计日志')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .requiredOption('--device <key>', '设备编号')
    .requiredOption('--reason <text>', '原因')
    .option('--to <n>', '重置为的序号（默认 0）')
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(resetSequenceOptions, raw);
      withDatabase(opts.db, (db) => {
        const reset = resetDeviceSequence(db, {
          deviceKey: opts.device,
          reason: opts.reason,
          actor: 'office-cli',
          ...(opts.to === undefined ? {} : { to: opts.to }),
        });
        print(io, Boolean(opts.json), reset, () => `已将设备 ${reset.deviceKey} 的结果包序号从 ${reset.previousSequence} 重置为 ${reset.sequence}。`);
      });
    });

  program
    .command('summary')
    .description('评估意见汇总表 （附件4） / opinion summary')
    .command('export')
    .description('导出评估意见汇总表与工作情况统计表 (XLSX)，或打印用的附件4 (PDF)')
    .requiredOption('--db <location>', '数据库文件或 postgres:// 地址')
    .option('--out <file>', '写出的 .xlsx 或 .pdf 文件')
    .option('--format <format>', '文件格式 xlsx|pdf(默认按 --out 的扩展名)')
    .option('--json', '以 JSON 输出汇总数据')
    .action(async (raw: RawOptions) => {
      const opts = parseOptions(summaryOptions, raw);
      const data = withDatabase(opts.db, (db) => loadSummaryExport(db));
      const { summary } = data;
      if (opts.out) writeFileSync(opts.out, await summaryFileBytes(data, summaryFormatOf(opts.out, opts.format), (model) => renderReport(model)));
      print(io, Boolean(opts.json), summary, () =>
        summary.years
          .map(
            (y) =>
              `${y.filingYear}年度：${y.rows.map((r) => `${r.institutionName} ${r.outcomeLabel} ${r.scoreHundredths === null ? '' : formatPoints(r.scoreHundredths)}`).join(';')}`,
          )
          .concat(opts.out ? [`已写入 ${opts.out}`] : [])
          .join('\n'),
      );
    });
}

function summaryFormatOf(out: string, format: SummaryFormat | undefined): SummaryFormat {
  return format ?? (out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'xlsx');
}
