import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { reportChannels } from '../../shared/ipc/channels/reports';
import { AppError } from '../../shared/errors';
import { loadReportModel } from '../services/pdf/load';
import { reportsDir } from '../services/pdf/reports-dir';
import { sharedPdfWorker } from '../services/pdf/shared-worker';
import { signAsInspector } from '../services/signing/sign-as-inspector';
import { verifyPdf } from '../services/signing/verify-pdf';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

function readReport(ctx: HandlerContext, file: string): Buffer {
  try {
    return readFileSync(join(reportsDir(ctx.dataDir), file));
  } catch {
    throw new AppError('NOT_FOUND', `找不到报告文件:${file}`);
  }
}

export const reportHandlers: HandlersFor<typeof reportChannels> = {
  'reports:generate': async (ctx, { kind, inspectionId, templateId }) => {
    const model = loadReportModel(ctx.db, { kind, ...(inspectionId === undefined ? {} : { inspectionId }), ...(templateId ? { templateId } : {}) });
    // Layout runs on the PDF worker thread so the window stays responsive.
    const pdf = await sharedPdfWorker().render(model);
    const stamp = ctx.now().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const file = `${kind}-${inspectionId ?? templateId ?? 'all'}-${stamp}.pdf`.replace(/[^A-Za-z0-9_.-]/g, '_');
    const path = join(reportsDir(ctx.dataDir), file);
    writeFileSync(path, pdf);
    return { file, path, bytes: pdf.length };
  },
  'reports:sign': async (ctx, args) => {
    const pdf = readReport(ctx, args.file);
    const { signed, signer } = await signAsInspector(pdf, ctx.dataDir, {
      inspectorId: args.inspectorId,
      signerName: args.signerName,
      passphrase: args.passphrase,
      ...(args.reason ? { reason: args.reason } : {}),
      ...(args.location ? { location: args.location } : {}),
      signingTime: ctx.now(),
    });
    const path = join(reportsDir(ctx.dataDir), args.file);
    writeFileSync(path, signed);
    return { file: args.file, path, bytes: signed.length, signatures: verifyPdf(signed).signatures.length, signer };
  },
  'reports:verify': (ctx, { file }) => {
    const report = verifyPdf(readReport(ctx, file));
    return {
      valid: report.valid,
      problems: report.problems,
      signatures: report.signatures.map(({ index, signer, reason, signingTime, valid, problems }) => ({ index, signer, reason, signingTime, valid, problems })),
    };
  },
};
