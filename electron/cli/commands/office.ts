import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatPoints } from '../../../shared/domain/scoring/points';
import { enrollInspector, revokeDevice } from '../../services/sync/office/enroll';
import { initOffice, unlockOffice } from '../../services/sync/office/office-keys';
import { summaryFormats, type SummaryFormat } from '../../../shared/ipc/channels/sync';
import { AppError } from '../../../shared/errors';
import { renderReport } from '../../services/pdf/render-report';
import { loadSummaryExport, summaryFileBytes } from '../../services/sync/review/summary-export';
import { requireRole } from '../../services/sync/role';
import { print, type CliIO } from '../io';
import { secret, SECRET_ENV, withDatabase } from './sync-options';

export function registerOfficeCommands(program: Command, io: CliIO): void {
  const office = program.command('office').description('单位端：根证书、人员与设备登记 / office CA and enrolment');
  office
    .command('init')
    .description('创建单位根证书（口令加密）并把数据库设为单位主库')
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--name <office>', '单位名称，如 阳泉市人力资源和社会保障局')
    .option('--passphrase <text>', `单位口令（或环境变量 ${SECRET_ENV.passphrase}）`)
    .option('--json', '以 JSON 输出')
    .action((opts: { db: string; name: string; passphrase?: string; json?: boolean }) =>
      withDatabase(opts.db, (db) => {
        const result = initOffice(db, { officeName: opts.name, passphrase: secret(opts.passphrase, 'passphrase'), now: new Date() });
        print(io, Boolean(opts.json), { role: 'office', caCertificatePem: result.caCertificatePem }, () => `已创建单位根证书，数据库角色：单位（office）。`);
      }),
    );
  office
    .command('enroll')
    .description('为核查人员的笔记本签发证书与密钥（PKCS#12，由 PIN 保护）')
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--inspector <name>', '核查人员姓名')
    .requiredOption('--device <key>', '设备编号（字母、数字、-、_）')
    .requiredOption('--out <file>', '写出的 .p12 文件')
    .option('--label <text>', '设备名称')
    .option('--staff-no <no>', '工号')
    .option('--passphrase <text>', `单位口令（或环境变量 ${SECRET_ENV.passphrase}）`)
    .option('--pin <pin>', `核查人员 PIN 码（或环境变量 ${SECRET_ENV.pin}）`)
    .option('--json', '以 JSON 输出')
    .action((opts: { db: string; inspector: string; device: string; out: string; label?: string; staffNo?: string; passphrase?: string; pin?: string; json?: boolean }) =>
      withDatabase(opts.db, (db) => {
        const keys = unlockOffice(db, secret(opts.passphrase, 'passphrase'));
        const result = enrollInspector(db, keys, {
          inspectorName: opts.inspector,
          staffNo: opts.staffNo ?? null,
          deviceKey: opts.device,
          deviceLabel: opts.label ?? opts.device,
          pin: secret(opts.pin, 'pin'),
          now: new Date(),
        });
        writeFileSync(opts.out, result.pkcs12, { mode: 0o600 });
        print(io, Boolean(opts.json), { serial: result.serial, device: opts.device, out: opts.out }, () => `已为 ${opts.inspector}（设备 ${opts.device}）签发证书 ${result.serial}，写入 ${opts.out}。`);
      }),
    );
  office
    .command('revoke')
    .description('吊销设备证书（设备丢失等），此后其结果包一律拒收')
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--device <key>', '设备编号')
    .requiredOption('--reason <text>', '原因')
    .option('--json', '以 JSON 输出')
    .action((opts: { db: string; device: string; reason: string; json?: boolean }) =>
      withDatabase(opts.db, (db) => {
        requireRole(db, 'office');
        const revoked = revokeDevice(db, opts.device, opts.reason, new Date());
        print(io, Boolean(opts.json), { device: opts.device, revoked }, () => `已吊销设备 ${opts.device} 的 ${revoked} 张证书。`);
      }),
    );

  program
    .command('summary')
    .description('评估意见汇总表 （附件4） / opinion summary')
    .command('export')
    .description('导出评估意见汇总表与工作情况统计表 (XLSX)，或打印用的附件4 (PDF)')
    .requiredOption('--db <path>', '数据库文件')
    .option('--out <file>', '写出的 .xlsx 或 .pdf 文件')
    .option('--format <format>', '文件格式 xlsx|pdf(默认按 --out 的扩展名)')
    .option('--json', '以 JSON 输出汇总数据')
    .action(async (opts: { db: string; out?: string; format?: string; json?: boolean }) => {
      const data = withDatabase(opts.db, (db) => loadSummaryExport(db));
      const { summary } = data;
      if (opts.out) writeFileSync(opts.out, await summaryFileBytes(data, summaryFormatOf(opts.out, opts.format), (model) => renderReport(model)));
      print(io, Boolean(opts.json), summary, () =>
        summary.years
          .map((y) => `${y.filingYear}年度：${y.rows.map((r) => `${r.institutionName} ${r.outcomeLabel} ${r.scoreHundredths === null ? '' : formatPoints(r.scoreHundredths)}`).join(';')}`)
          .concat(opts.out ? [`已写入 ${opts.out}`] : [])
          .join('\n'),
      );
    });
}

function summaryFormatOf(out: string, format: string | undefined): SummaryFormat {
  const chosen = format ?? (out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'xlsx');
  if ((summaryFormats as readonly string[]).includes(chosen)) return chosen as SummaryFormat;
  throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_UNKNOWN_CHOICE', what: 'TERM_CLI_FILE_FORMAT', value: chosen, known: summaryFormats.join(', ') });
}
