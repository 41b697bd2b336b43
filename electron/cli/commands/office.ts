import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatPoints } from '../../../shared/domain/scoring/points';
import { enrollInspector, revokeDevice } from '../../services/sync/office/enroll';
import { initOffice, unlockOffice } from '../../services/sync/office/office-keys';
import { buildOpinionSummary } from '../../services/sync/review/opinion-summary';
import { buildStatistics } from '../../services/sync/review/statistics';
import { writeSummaryWorkbook } from '../../services/sync/review/summary-xlsx';
import { requireRole } from '../../services/sync/role';
import { print, type CliIO } from '../io';
import { secret, SECRET_ENV, withDatabase } from './sync-options';

export function registerOfficeCommands(program: Command, io: CliIO): void {
  const office = program.command('office').description('单位端:根证书、人员与设备登记 / office CA and enrolment');
  office
    .command('init')
    .description('创建单位根证书(口令加密)并把数据库设为单位主库')
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--name <office>', '单位名称,如 阳泉市人力资源和社会保障局')
    .option('--passphrase <text>', `单位口令(或环境变量 ${SECRET_ENV.passphrase})`)
    .option('--json', '以 JSON 输出')
    .action((opts: { db: string; name: string; passphrase?: string; json?: boolean }) =>
      withDatabase(opts.db, (db) => {
        const result = initOffice(db, { officeName: opts.name, passphrase: secret(opts.passphrase, 'passphrase'), now: new Date() });
        print(io, Boolean(opts.json), { role: 'office', caCertificatePem: result.caCertificatePem }, () => `已创建单位根证书,数据库角色:单位(office)。`);
      }),
    );
  office
    .command('enroll')
    .description('为核查人员的笔记本签发证书与密钥(PKCS#12,由 PIN 保护)')
    .requiredOption('--db <path>', '数据库文件')
    .requiredOption('--inspector <name>', '核查人员姓名')
    .requiredOption('--device <key>', '设备编号(字母、数字、-、_)')
    .requiredOption('--out <file>', '写出的 .p12 文件')
    .option('--label <text>', '设备名称')
    .option('--staff-no <no>', '工号')
    .option('--passphrase <text>', `单位口令(或环境变量 ${SECRET_ENV.passphrase})`)
    .option('--pin <pin>', `核查人员 PIN 码(或环境变量 ${SECRET_ENV.pin})`)
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
        print(io, Boolean(opts.json), { serial: result.serial, device: opts.device, out: opts.out }, () => `已为 ${opts.inspector}(设备 ${opts.device})签发证书 ${result.serial},写入 ${opts.out}。`);
      }),
    );
  office
    .command('revoke')
    .description('吊销设备证书(设备丢失等),此后其结果包一律拒收')
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
    .description('评估意见汇总表 (附件4) / opinion summary')
    .command('export')
    .description('导出评估意见汇总表与工作情况统计表 (XLSX)')
    .requiredOption('--db <path>', '数据库文件')
    .option('--out <file>', '写出的 .xlsx 文件')
    .option('--json', '以 JSON 输出汇总数据')
    .action(async (opts: { db: string; out?: string; json?: boolean }) => {
      const { summary, statistics, officeName } = withDatabase(opts.db, (db) => {
        requireRole(db, 'office');
        const summary = buildOpinionSummary(db);
        const filingIds = summary.years.flatMap((y) => y.rows.map((r) => (db.prepare('SELECT filing_id FROM inspections WHERE id = ?').get(r.inspectionId) as { filing_id: number }).filing_id));
        const officeName = (db.prepare('SELECT office_name FROM sync_office_keys').get() as { office_name: string } | undefined)?.office_name ?? '';
        return { summary, statistics: buildStatistics(db, filingIds), officeName };
      });
      if (opts.out) writeFileSync(opts.out, await writeSummaryWorkbook(summary, statistics, officeName));
      print(io, Boolean(opts.json), summary, () =>
        summary.years
          .map((y) => `${y.filingYear}年度:${y.rows.map((r) => `${r.institutionName} ${r.outcomeLabel} ${r.scoreHundredths === null ? '' : formatPoints(r.scoreHundredths)}`).join(';')}`)
          .concat(opts.out ? [`已写入 ${opts.out}`] : [])
          .join('\n'),
      );
    });
}
