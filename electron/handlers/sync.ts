import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEW_PAGE_SIZE, type SyncSummary, type syncChannels } from '../../shared/ipc/channels/sync';
import { AppError } from '../../shared/errors';
import { reportsDir } from '../services/pdf/reports-dir';
import { sharedPdfWorker } from '../services/pdf/shared-worker';
import { exportBundleToFile } from '../services/sync/field/bundle-export';
import { importPack } from '../services/sync/field/pack-import';
import { importBundle } from '../services/sync/office/bundle-import';
import { verifyBundle } from '../services/sync/office/bundle-open';
import { initOffice, unlockOffice } from '../services/sync/office/office-keys';
import { buildOpinionSummary, type OpinionSummary } from '../services/sync/review/opinion-summary';
import { copyImportedFile } from '../services/sync/review/imported-file-copy';
import { listConflicts, listReviewPage, reviewInspection } from '../services/sync/review/review-list';
import { loadSummaryExport, summaryFileBytes, summaryFileName } from '../services/sync/review/summary-export';
import { configuredSafeStorage } from '../services/sync/secret-store';
import { syncStatus } from '../services/sync/sync-status';
import { assertReadyForOffice } from './office-setup';
import { currentActor } from './actor';
import type { HandlerContext } from './context';
import { openWithViewer } from './files';
import { grantPath, requireGranted } from './granted-paths';
import type { HandlersFor } from './types';

// Like import and export: the window names only files the user chose in a dialog this run (files:chooseOpen /
// files:chooseSave); anything else is PATH_NOT_GRANTED before a byte is read or written.

/** The bundle the office chose: picked in the window (base64) or a path from the open dialog. */
function bundleBytes(ctx: HandlerContext, source: { path?: string | undefined; dataBase64?: string | undefined }): Buffer {
  if (source.dataBase64 !== undefined) return Buffer.from(source.dataBase64, 'base64');
  return readFileSync(requireGranted(ctx, 'read', source.path ?? ''));
}

// sync:enroll, sync:exportPack, sync:forms and sync:revokeDevice are in ./sync-office-send (a table of their own in ./index).
export const syncHandlers: HandlersFor<Omit<typeof syncChannels, 'sync:enroll' | 'sync:exportPack' | 'sync:forms' | 'sync:revokeDevice'>> = {
  'sync:status': (ctx) => syncStatus(ctx.db),

  'sync:initOffice': (ctx, { officeName, passphrase }) => {
    assertReadyForOffice(ctx.db);
    initOffice(ctx.db, { officeName, passphrase, now: ctx.now() });
    return syncStatus(ctx.db);
  },

  'sync:importPack': (ctx, { path, p12Path, pin, keyPassphrase }) => {
    // Both checked before either is read.
    const packPath = requireGranted(ctx, 'read', path);
    const certificatePath = p12Path === undefined ? undefined : requireGranted(ctx, 'read', p12Path);
    const result = importPack(ctx.db, {
      bytes: readFileSync(packPath),
      ...(certificatePath ? { pkcs12: readFileSync(certificatePath) } : {}),
      ...(pin ? { pin } : {}),
      ...(keyPassphrase ? { keyPassphrase } : {}),
      safeStorage: configuredSafeStorage(),
      now: ctx.now(),
    });
    return {
      status: result.status,
      sequence: result.sequence,
      inspectorName: result.inspectorName,
      assignments: result.assignments,
      institutions: result.institutions,
      candidates: result.candidates,
    };
  },

  'sync:exportBundle': (ctx, { path, pin, keyPassphrase }) => {
    const target = requireGranted(ctx, 'write', path);
    const result = exportBundleToFile(ctx.db, target, {
      ...(pin ? { pin } : {}),
      ...(keyPassphrase ? { keyPassphrase } : {}),
      safeStorage: configuredSafeStorage(),
      now: ctx.now(),
      appVersion: ctx.appVersion,
      dataDir: ctx.dataDir,
      actor: currentActor(ctx),
    });
    // What the app wrote there may be opened (files:open), as after any export.
    grantPath(ctx, 'read', target);
    return { sequence: result.sequence, inspections: result.inspectionIds.length };
  },

  'sync:verifyBundle': (ctx, { passphrase, ...source }) => {
    const verified = verifyBundle(ctx.db, bundleBytes(ctx, source), unlockOffice(ctx.db, passphrase), ctx.now());
    return { deviceKey: verified.deviceKey, sequence: verified.sequence, signer: verified.signerName, inspections: verified.inspections.length };
  },

  'sync:importBundle': (ctx, { passphrase, ...source }) => {
    const report = importBundle(ctx.db, bundleBytes(ctx, source), unlockOffice(ctx.db, passphrase), ctx.now());
    return { status: report.status, message: report.message, added: report.added, unchanged: report.unchanged, conflicts: report.conflicts };
  },

  'sync:reviewList': (ctx, { limit, offset }) => listReviewPage(ctx.db, { limit: limit ?? REVIEW_PAGE_SIZE, offset: offset ?? 0 }),
  'sync:review': (ctx, { importedId, decision, comment, seen }) =>
    reviewInspection(ctx.db, { importedId, decision, comment: comment ?? null, actor: currentActor(ctx), now: ctx.now(), ...(seen ? { seen } : {}) }),
  'sync:conflicts': (ctx) => listConflicts(ctx.db),
  'sync:summary': async (ctx, { export: format }) => {
    if (!format) return { ...forWindow(buildOpinionSummary(ctx.db)), exported: null };
    const data = loadSummaryExport(ctx.db);
    const bytes = await summaryFileBytes(data, format, (model) => sharedPdfWorker().render(model));
    const file = summaryFileName(format, ctx.now());
    const path = join(reportsDir(ctx.dataDir), file);
    writeFileSync(path, bytes);
    return { ...forWindow(data.summary), exported: { file, path, bytes: bytes.length } };
  },
  'sync:openFile': async (ctx, target) => {
    if ('fileId' in target) {
      const copy = copyImportedFile(ctx.db, ctx.dataDir, target.fileId);
      return { ...copy, opened: await openWithViewer(ctx, copy.path) };
    }
    const path = join(reportsDir(ctx.dataDir), target.exportFile);
    if (!existsSync(path)) throw new AppError('OFFICE_EXPORT_FILE_NOT_FOUND', { file: target.exportFile });
    return { name: target.exportFile, path, signatures: [], opened: await openWithViewer(ctx, path) };
  },
};

/** The summary as the office window shows it; the print layout stays in main. */
function forWindow({ layout: _printed, ...summary }: OpinionSummary): SyncSummary {
  return summary;
}
