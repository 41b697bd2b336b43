import { readFileSync } from 'node:fs';
import type { syncChannels } from '../../shared/ipc/channels/sync';
import { exportBundleToFile } from '../services/sync/field/bundle-export';
import { importPack } from '../services/sync/field/pack-import';
import { importBundle } from '../services/sync/office/bundle-import';
import { verifyBundle } from '../services/sync/office/bundle-open';
import { unlockOffice } from '../services/sync/office/office-keys';
import { buildOpinionSummary } from '../services/sync/review/opinion-summary';
import { listConflicts, listReview, reviewInspection } from '../services/sync/review/review-list';
import { configuredSafeStorage } from '../services/sync/secret-store';
import { syncStatus } from '../services/sync/sync-status';
import { currentActor } from './actor';
import type { HandlersFor } from './types';

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

  'sync:verifyBundle': (ctx, { path, passphrase }) => {
    const verified = verifyBundle(ctx.db, readFileSync(path), unlockOffice(ctx.db, passphrase), ctx.now());
    return { deviceKey: verified.deviceKey, sequence: verified.sequence, signer: verified.signerName, inspections: verified.inspections.length };
  },

  'sync:importBundle': (ctx, { path, passphrase }) => {
    const report = importBundle(ctx.db, readFileSync(path), unlockOffice(ctx.db, passphrase), ctx.now());
    return { status: report.status, message: report.message, added: report.added, unchanged: report.unchanged, conflicts: report.conflicts };
  },

  'sync:reviewList': (ctx) => listReview(ctx.db),
  'sync:review': (ctx, { importedId, decision, comment }) =>
    reviewInspection(ctx.db, { importedId, decision, comment: comment ?? null, actor: currentActor(ctx), now: ctx.now() }),
  'sync:conflicts': (ctx) => listConflicts(ctx.db),
  'sync:summary': (ctx) => buildOpinionSummary(ctx.db),
};
