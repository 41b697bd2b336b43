import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { reportChannels } from '../../shared/ipc/channels/reports';
import { AppError } from '../../shared/errors';
import { loadReportModel } from '../services/pdf/load';
import { reportKindsOf } from '../services/pdf/load/report-kinds';
import { reportFolder } from '../services/pdf/reports-dir';
import { sharedPdfWorker } from '../services/pdf/shared-worker';
import { verifyPdf } from '../services/signing/verify-pdf';
import { signReportAsBestIdentity } from '../services/sync/field/report-signing';
import { configuredSafeStorage } from '../services/sync/secret-store';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

/** Where a report named by the window lives: its inspection's folder, or the shared one. */
function reportPath(ctx: HandlerContext, file: string, inspectionId: number | null | undefined): string {
  return join(reportFolder(ctx.dataDir, inspectionId), file);
}

function readReport(ctx: HandlerContext, file: string, inspectionId: number | undefined): Buffer {
  try {
    return readFileSync(reportPath(ctx, file, inspectionId));
  } catch {
    throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_REPORT_FILE', file });
  }
}

export const reportHandlers: HandlersFor<typeof reportChannels> = {
  'reports:generate': async (ctx, { kind, inspectionId, templateId }) => {
    const model = loadReportModel(ctx.db, { kind, ...(inspectionId === undefined ? {} : { inspectionId }), ...(templateId ? { templateId } : {}) });
    // Layout runs on the PDF worker thread so the window stays responsive.
    const pdf = await sharedPdfWorker().render(model);
    const stamp = ctx
      .now()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const file = `${kind}-${inspectionId ?? templateId ?? 'all'}-${stamp}.pdf`.replace(/[^A-Za-z0-9_.-]/g, '_');
    const path = reportPath(ctx, file, inspectionId);
    writeFileSync(path, pdf);
    return { file, inspectionId: inspectionId ?? null, path, bytes: pdf.length };
  },
  'reports:kinds': (ctx, { inspectionId }) => reportKindsOf(ctx.db, inspectionId),
  'reports:sign': async (ctx, args) => {
    const pdf = readReport(ctx, args.file, args.inspectionId);
    const signature = {
      inspectorId: args.inspectorId,
      signerName: args.signerName,
      passphrase: args.passphrase,
      ...(args.reason ? { reason: args.reason } : {}),
      ...(args.location ? { location: args.location } : {}),
      signingTime: ctx.now(),
    };
    const { signed, signer, issuer } = await signReportAsBestIdentity(ctx.db, pdf, ctx.dataDir, signature, configuredSafeStorage());
    const path = reportPath(ctx, args.file, args.inspectionId);
    writeFileSync(path, signed);
    const signatures = verifyPdf(signed).signatures.length;
    return { file: args.file, inspectionId: args.inspectionId ?? null, path, bytes: signed.length, signatures, signer, issuer };
  },
  'reports:verify': (ctx, { file, inspectionId }) => {
    const report = verifyPdf(readReport(ctx, file, inspectionId));
    return {
      valid: report.valid,
      problems: report.problems,
      signatures: report.signatures.map(({ index, signer, reason, signingTime, status, valid, problems }) => ({
        index,
        signer,
        reason,
        signingTime,
        status,
        valid,
        problems,
      })),
    };
  },
};
