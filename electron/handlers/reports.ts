import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { reportChannels } from '../../shared/ipc/channels/reports';
import { AppError } from '../../shared/errors';
import { loadReportModel } from '../services/pdf/load';
import { sharedPdfWorker } from '../services/pdf/shared-worker';
import { loadOrCreateIdentity } from '../services/signing/identity-store';
import { signPdf } from '../services/signing/sign-pdf';
import { verifyPdf } from '../services/signing/verify-pdf';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

function reportsDir(ctx: HandlerContext): string {
  const dir = join(ctx.dataDir, 'reports');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function readReport(ctx: HandlerContext, file: string): Buffer {
  try {
    return readFileSync(join(reportsDir(ctx), file));
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
    const path = join(reportsDir(ctx), file);
    writeFileSync(path, pdf);
    return { file, path, bytes: pdf.length };
  },
  'reports:sign': async (ctx, args) => {
    const pdf = readReport(ctx, args.file);
    const identity = loadOrCreateIdentity(join(ctx.dataDir, 'signing'), {
      inspectorId: args.inspectorId,
      commonName: args.signerName,
      passphrase: args.passphrase,
    });
    const signed = await signPdf(pdf, identity, {
      reason: args.reason ?? '专家评估组成员签署评估结果',
      name: args.signerName,
      location: args.location ?? '',
      signingTime: ctx.now(),
    });
    const path = join(reportsDir(ctx), args.file);
    writeFileSync(path, signed);
    return { file: args.file, path, bytes: signed.length, signatures: verifyPdf(signed).signatures.length, signer: identity.commonName };
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
