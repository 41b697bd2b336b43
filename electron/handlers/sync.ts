import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { syncChannels } from '../../shared/ipc/channels/sync';
import { AppError } from '../../shared/errors';
import { sharedPdfWorker } from '../services/pdf/shared-worker';
import { exportBundleToFile } from '../services/sync/field/bundle-export';
import { importPack } from '../services/sync/field/pack-import';
import { importBundle } from '../services/sync/office/bundle-import';
import { verifyBundle } from '../services/sync/office/bundle-open';
import { unlockOffice } from '../services/sync/office/office-keys';
import { buildOpinionSummary } from '../services/sync/review/opinion-summary';
import { copyImportedFile } from '../services/sync/review/imported-file-copy';
import { listConflicts, listReview, reviewInspection } from '../services/sync/review/review-list';
import { loadSummaryExport, summaryFileBytes, summaryFileName } from '../services/sync/review/summary-export';
import { configuredSafeStorage } from '../services/sync/secret-store';
import { syncStatus } from '../services/sync/sync-status';
import { currentActor } from './actor';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

/** The bundle the office chose: picked in the window (base64) or named by path. */
function bundleBytes(source: { path?: string | undefined; dataBase64?: string | undefined }): Buffer {
  return source.dataBase64 !== undefined ? Buffer.from(source.dataBase64, 'base64') : readFileSync(source.path ?? '');
}

/** Office exports go where reports go, <dataDir>/reports; the window only ever names them. */
function exportsDir(ctx: HandlerContext): string {
  const dir = join(ctx.dataDir, 'reports');
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function openWithSystemViewer(ctx: HandlerContext, path: string): Promise<boolean> {
  if (!ctx.openPath) return false;
  await ctx.openPath(path);
  return true;
}

export const syncHandlers: HandlersFor<typeof syncChannels> = {
  'sync:status': (ctx) => syncStatus(ctx.db),

  'sync:importPack': (ctx, { path, p12Path, pin }) => {
    const result = importPack(ctx.db, {
      bytes: readFileSync(path),
      ...(p12Path ? { pkcs12: readFileSync(p12Path) } : {}),
      ...(pin ? { pin } : {}),
      safeStorage: configuredSafeStorage(),
      now: ctx.now(),
    });
    return { status: result.status, sequence: result.sequence, assignments: result.assignments };
  },

  'sync:exportBundle': (ctx, { path, pin }) => {
    const result = exportBundleToFile(ctx.db, path, {
      ...(pin ? { pin } : {}),
      safeStorage: configuredSafeStorage(),
      now: ctx.now(),
      appVersion: ctx.appVersion,
      dataDir: ctx.dataDir,
      actor: currentActor(ctx),
    });
    return { sequence: result.sequence, inspections: result.inspectionIds.length };
  },

  'sync:verifyBundle': (ctx, { passphrase, ...source }) => {
    const verified = verifyBundle(ctx.db, bundleBytes(source), unlockOffice(ctx.db, passphrase), ctx.now());
    return { deviceKey: verified.deviceKey, sequence: verified.sequence, signer: verified.signerName, inspections: verified.inspections.length };
  },

  'sync:importBundle': (ctx, { passphrase, ...source }) => {
    const report = importBundle(ctx.db, bundleBytes(source), unlockOffice(ctx.db, passphrase), ctx.now());
    return { status: report.status, message: report.message, added: report.added, unchanged: report.unchanged, conflicts: report.conflicts };
  },

  'sync:reviewList': (ctx) => listReview(ctx.db),
  'sync:review': (ctx, { importedId, decision, comment }) =>
    reviewInspection(ctx.db, { importedId, decision, comment: comment ?? null, actor: currentActor(ctx), now: ctx.now() }),
  'sync:conflicts': (ctx) => listConflicts(ctx.db),
  'sync:summary': async (ctx, { export: format }) => {
    if (!format) return { ...buildOpinionSummary(ctx.db), exported: null };
    const data = loadSummaryExport(ctx.db);
    const bytes = await summaryFileBytes(data, format, (model) => sharedPdfWorker().render(model));
    const file = summaryFileName(format, ctx.now());
    const path = join(exportsDir(ctx), file);
    writeFileSync(path, bytes);
    return { ...data.summary, exported: { file, path, bytes: bytes.length } };
  },
  'sync:openFile': async (ctx, target) => {
    if ('fileId' in target) {
      const copy = copyImportedFile(ctx.db, ctx.dataDir, target.fileId);
      return { ...copy, opened: await openWithSystemViewer(ctx, copy.path) };
    }
    const path = join(exportsDir(ctx), target.exportFile);
    if (!existsSync(path)) throw new AppError('NOT_FOUND', `找不到导出的文件：${target.exportFile}`);
    return { name: target.exportFile, path, signatures: [], opened: await openWithSystemViewer(ctx, path) };
  },
};
