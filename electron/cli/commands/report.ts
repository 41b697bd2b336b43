import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { openStoreReadOnly } from '../../../db/open-store-read-only';
import { generateReportArgs, type SignatureStatus } from '../../../shared/ipc/channels/reports';
import { loadReportModel } from '../../services/pdf/load';
import { REPORT_KINDS, REPORT_KIND_LABELS } from '../../services/pdf/model';
import { renderReport } from '../../services/pdf/render-report';
import { verifyPdf } from '../../services/signing/verify-pdf';
import { CliExit, print, type CliIO } from '../io';
import { databaseOption, jsonOption, numberOption, parseOptions, type RawOptions } from './parse-options';

const STATUS_LABELS: Record<SignatureStatus, string> = { valid: '有效', 'modified-after-signing': '签名后文档被修改', invalid: '无效' };

/** reports:generate's kind, inspection and template, as in the window; a blank form alone needs no database. */
const reportOptions = z
  .object({
    kind: generateReportArgs.shape.kind,
    inspection: numberOption(generateReportArgs.shape.inspectionId),
    template: generateReportArgs.shape.templateId,
    db: databaseOption.optional(),
    out: z.string().min(1, '请指定输出文件'),
  })
  .refine((options) => options.kind === 'blank' || options.db !== undefined, { path: ['db'], message: '除 blank 外都需要指定数据库文件' });

/** verify-pdf reads any PDF by path (reports:verify names a report in the data folder), so it has its own schema. */
const verifyOptions = z.object({ file: z.string().min(1, '请指定 PDF 文件'), trust: z.array(z.string().min(1)), json: jsonOption });

export function registerReportCommands(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('生成 PDF 报告：评估表、附录、空白表、续期申请表、统计表、意见汇总表')
    .requiredOption('--kind <kind>', `报告类型：${REPORT_KINDS.join('|')}`)
    .requiredOption('--out <file>', '输出的 PDF 文件')
    .option('--db <path>', '数据库文件（blank 以外必需）')
    .option('--inspection <id>', '现场核查编号（sheet/appendix/application/stats）')
    .option('--template <id>', '评估表编号（blank 必需；summary 可选）')
    .action(async (raw: RawOptions) => {
      const { kind, inspection: inspectionId, ...opts } = parseOptions(reportOptions, raw);
      const target = { kind, ...(inspectionId === undefined ? {} : { inspectionId }), ...(opts.template ? { templateId: opts.template } : {}) };
      const model = opts.db === undefined ? loadReportModel(null, target) : withDb(opts.db, (db) => loadReportModel(db, target));
      const pdf = await renderReport(model);
      writeFileSync(opts.out, pdf);
      io.out(`已生成${REPORT_KIND_LABELS[kind]}:${opts.out}(${pdf.length} 字节)`);
    });

  program
    .command('verify-pdf <file>')
    .description('校验 PDF 中的每个数字签名及签名后追加的修订；全部有效且签名后只追加了签名时退出码为 0，否则为 1')
    .option('--trust <cert>', '受信任的证书（PEM），要求签名人证书由它签发', collect, [] as string[])
    .option('--json', '以 JSON 输出')
    .action((fileArgument: string, raw: RawOptions) => {
      const { file, ...opts } = parseOptions(verifyOptions, { ...raw, file: fileArgument }, { file: '<file>' });
      const report = verifyPdf(
        readFileSync(file),
        opts.trust.map((path) => readFileSync(path, 'utf8')),
      );
      print(io, Boolean(opts.json), report, () =>
        [
          ...report.signatures.map(
            (s) =>
              `签名 ${s.index}:${STATUS_LABELS[s.status]}  签名人：${s.signer}  原因：${s.reason}  时间：${s.signingTime ?? '未知'}${s.coversWholeFile ? '  （覆盖全文）' : ''}${s.problems.map((p) => `\n  - ${p}`).join('')}`,
          ),
          ...report.problems.map((p) => `问题：${p}`),
          report.valid ? '全部签名有效。' : '签名校验未通过。',
        ].join('\n'),
      );
      if (!report.valid) throw new CliExit(1);
    });
}

function withDb<T>(path: string, use: (db: ReturnType<typeof openStoreReadOnly>) => T): T {
  const db = openStoreReadOnly(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
