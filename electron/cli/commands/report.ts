import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openDatabaseReadOnly } from '../../../db/read-only';
import { AppError } from '../../../shared/errors';
import { loadReportModel } from '../../services/pdf/load';
import { REPORT_KINDS, REPORT_KIND_LABELS, type ReportKind } from '../../services/pdf/model';
import { renderReport } from '../../services/pdf/render-report';
import { verifyPdf } from '../../services/signing/verify-pdf';
import { CliExit, print, type CliIO } from '../io';

interface ReportOptions {
  db?: string;
  inspection?: string;
  template?: string;
  kind: string;
  out: string;
}

export function registerReportCommands(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('生成 PDF 报告：评估表、附录、空白表、续期申请表、统计表、意见汇总表')
    .requiredOption('--kind <kind>', `报告类型：${REPORT_KINDS.join('|')}`)
    .requiredOption('--out <file>', '输出的 PDF 文件')
    .option('--db <path>', '数据库文件（blank 以外必需）')
    .option('--inspection <id>', '现场核查编号（sheet/appendix/application/stats）')
    .option('--template <id>', '评估表编号（blank 必需；summary 可选）')
    .action(async (opts: ReportOptions) => {
      const kind = parseKind(opts.kind);
      const inspectionId = opts.inspection === undefined ? undefined : parseId(opts.inspection);
      const target = { kind, ...(inspectionId === undefined ? {} : { inspectionId }), ...(opts.template ? { templateId: opts.template } : {}) };
      const model = kind === 'blank' && !opts.db ? loadReportModel(null, target) : withDb(opts.db, (db) => loadReportModel(db, target));
      const pdf = await renderReport(model);
      writeFileSync(opts.out, pdf);
      io.out(`已生成${REPORT_KIND_LABELS[kind]}:${opts.out}(${pdf.length} 字节)`);
    });

  program
    .command('verify-pdf <file>')
    .description('校验 PDF 中的每个数字签名；全部有效时退出码为 0，否则为 1')
    .option('--trust <cert>', '受信任的证书（PEM），要求签名人证书由它签发', collect, [] as string[])
    .option('--json', '以 JSON 输出')
    .action((file: string, opts: { trust: string[]; json?: boolean }) => {
      const report = verifyPdf(readFileSync(file), opts.trust.map((path) => readFileSync(path, 'utf8')));
      print(io, Boolean(opts.json), report, () => [
        ...report.signatures.map((s) =>
          `签名 ${s.index}:${s.valid && s.trusted !== false ? '有效' : '无效'}  签名人：${s.signer}  原因：${s.reason}  时间：${s.signingTime ?? '未知'}${s.coversWholeFile ? '  （覆盖全文）' : ''}${s.problems.map((p) => `\n  - ${p}`).join('')}`,
        ),
        ...report.problems.map((p) => `问题：${p}`),
        report.valid ? '全部签名有效。' : '签名校验未通过。',
      ].join('\n'));
      if (!report.valid) throw new CliExit(1);
    });
}

function withDb<T>(path: string | undefined, use: (db: ReturnType<typeof openDatabaseReadOnly>) => T): T {
  if (!path) throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_DB_REQUIRED' });
  const db = openDatabaseReadOnly(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function parseKind(value: string): ReportKind {
  if ((REPORT_KINDS as readonly string[]).includes(value)) return value as ReportKind;
  throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_UNKNOWN_CHOICE', what: 'TERM_CLI_REPORT_KIND', value, known: REPORT_KINDS.join(', ') });
}

function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('CLI_INVALID_OPTION', { reason: 'CLI_REASON_POSITIVE_INTEGER', option: '--inspection', value });
  return id;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
