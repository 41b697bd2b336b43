import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { inspectionCreateArgs } from '../../../shared/ipc/channels/inspections';
import { MAX_PACK_FILINGS, syncChannels } from '../../../shared/ipc/channels/sync';
import { importPack } from '../../services/sync/field/pack-import';
import { unlockOffice } from '../../services/sync/office/office-keys';
import { exportPack, withForm, type NewAssignment } from '../../services/sync/office/pack-export';
import { FOLLOW_UP_SCOPES } from '../../../shared/domain/rounds/types';
import { print, type CliIO } from '../io';
import { databaseOption, jsonOption, numberListOption, parseOptions, type RawOptions } from './parse-options';
import { APP_VERSION, SECRET_ENV, withDatabase, withOptionalSecrets, withSecrets } from './sync-options';
import { exportDrawnPacks } from './pack-drawn';

const exportArgs = syncChannels['sync:exportPack'].args.shape;
const importArgs = syncChannels['sync:importPack'].args.shape;

/** sync:exportPack's device, filings, passphrase and file; the window chooses a form per filing, here one for all. */
const exportOptions = z.object({
  db: databaseOption,
  device: exportArgs.deviceKey,
  out: exportArgs.path,
  filings: numberListOption(z.array(z.number().int().positive()).max(MAX_PACK_FILINGS, `一次最多分配 ${MAX_PACK_FILINGS} 个备案`)),
  template: inspectionCreateArgs.shape.templateId,
  templateHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '评估表版本摘要须为 64 位十六进制')
    .optional(),
  round: z
    .string()
    .regex(/^[0-9a-f]{32}$/, '评估轮次编号须为 32 位十六进制（rounds list 所列）')
    .optional(),
  followUps: numberListOption(z.array(z.string().regex(/^[0-9a-f]{32}$/, '整改编号须为 32 位十六进制'))),
  scope: z.enum(FOLLOW_UP_SCOPES).optional(),
  passphrase: exportArgs.passphrase,
  json: jsonOption,
});
/** sync:importPack's pack, certificate, PIN and (where no keychain keeps the key) local passphrase. */
const importOptions = z.object({
  db: databaseOption,
  file: importArgs.path,
  p12: importArgs.p12Path,
  pin: importArgs.pin,
  keyPassphrase: importArgs.keyPassphrase,
  json: jsonOption,
});

export function registerPackCommands(program: Command, io: CliIO): void {
  const pack = program.command('pack').description('任务包（单位 → 笔记本） / assignment packs');
  pack
    .command('export')
    .description('为一台笔记本导出任务包（单位签名，加密给该设备）；--drawn：按轮次抽取结果为每位组长的笔记本各导出一个')
    .requiredOption('--db <path>', '单位数据库')
    .option('--device <key>', '设备编号（不用 --drawn 时必填）')
    .option('--out <file>', '写出的任务包文件（.skp，不用 --drawn 时必填）')
    .option('--filings <ids>', '新增分配的备案记录编号，逗号分隔', '')
    .option('--template <id>', '评估表（默认用单位最后导入的版本）', 'shanxi-renewal-2023')
    .option('--template-hash <sha256>', '指定评估表版本（templates list 所列摘要）')
    .option('--round <uid>', '评估轮次（rounds list 所列编号；默认最新的本单位轮次，没有则新建本年度轮次）')
    .option('--follow-ups <uids>', '整改复查：整改编号，逗号分隔（备案、评估表版本和轮次取自整改）', '')
    .option('--scope <findings|full>', '整改复查范围：findings 只复查所列问题，full 全表重新评分', 'findings')
    .option('--drawn', '双随机：按 --round 的抽取结果，为每位组长的笔记本导出其带队备案的任务包（含专家组名单）')
    .option('--forms <kind=id[@hash],…>', '--drawn：各类机构所用评估表，如 socialOrg=<id>@<摘要>,enterprise=<id>')
    .option('--out-dir <dir>', '--drawn：写出任务包的文件夹（每台笔记本一个 <设备编号>.skp）')
    .option('--passphrase <text>', `单位口令（或环境变量 ${SECRET_ENV.passphrase}）`)
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      if (raw['drawn'] === true) {
        exportDrawnPacks(raw, io);
        return;
      }
      const { filings: filingIds, followUps, ...opts } = parseOptions(exportOptions, withSecrets(raw, ['passphrase']));
      withDatabase(opts.db, (db) => {
        const keys = unlockOffice(db, opts.passphrase);
        const assignments: NewAssignment[] = [
          ...withForm(filingIds, opts.template, opts.templateHash, opts.round),
          ...followUps.map((rectificationUid) => ({ rectificationUid, scope: opts.scope ?? 'findings' })),
        ];
        const result = exportPack(db, keys, { deviceKey: opts.device, assignments, now: new Date(), appVersion: APP_VERSION });
        writeFileSync(opts.out, result.bytes);
        const { bytes: _bytes, ...summary } = result;
        print(
          io,
          Boolean(opts.json),
          summary,
          () =>
            `任务包 #${result.sequence}:${result.assignments} 项任务、${result.filings} 个备案、${result.candidates} 名考生，已写入 ${opts.out}。`,
        );
      });
    });
  pack
    .command('import')
    .description('在笔记本上导入任务包（先验证单位签名，再整体载入）')
    .requiredOption('--db <path>', '笔记本数据库')
    .requiredOption('--file <file>', '任务包文件')
    .option('--p12 <file>', '首次导入：单位签发的证书文件 (.p12)')
    .option('--pin <pin>', `PIN 码（或环境变量 ${SECRET_ENV.pin}）`)
    .option('--key-passphrase <text>', `首次导入：设置本机口令，至少 12 个字符、不能全是数字（或环境变量 ${SECRET_ENV.keyPassphrase}）`)
    .option('--json', '以 JSON 输出')
    .action((raw: RawOptions) => {
      const opts = parseOptions(importOptions, withOptionalSecrets(raw, ['pin', 'keyPassphrase']));
      withDatabase(opts.db, (db) => {
        const result = importPack(db, {
          bytes: readFileSync(opts.file),
          ...(opts.p12 ? { pkcs12: readFileSync(opts.p12) } : {}),
          ...(opts.pin ? { pin: opts.pin } : {}),
          ...(opts.keyPassphrase ? { keyPassphrase: opts.keyPassphrase } : {}),
          now: new Date(),
        });
        print(io, Boolean(opts.json), result, () =>
          result.status === 'alreadyImported'
            ? '此任务包已导入过，未做任何改动。'
            : `已导入任务包 #${result.sequence}:${result.assignments} 项任务、${result.institutions} 家机构、${result.candidates} 名考生。`,
        );
      });
    });
}
