import type { appChannels } from '../../shared/ipc/channels/app';
import { listBackups } from '../../db/backup-list';
import { latestSchemaVersion } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { restoreBackup, type RestoreResult } from '../../db/restore';
import { isDemoDatabase } from '../../db/repositories/app-meta';
import { isAllowedExternalUrl } from '../main/security';
import { startFresh } from './start-fresh';
import type { HandlersFor } from './types';

export const appHandlers: HandlersFor<typeof appChannels> = {
  'app:info': (ctx) => {
    const demo = isDemoDatabase(ctx.db);
    return {
      name: '技能评价现场核查',
      version: ctx.appVersion,
      schemaVersion: latestSchemaVersion,
      databasePath: ctx.databasePath,
      demo,
    };
  },
  'app:backups': (ctx) => listBackups(ctx.dataDir).map(({ name, sizeBytes, createdAt, reason }) => ({ name, sizeBytes, createdAt, reason })),
  'app:restoreBackup': (ctx, { name }) => {
    // The file is replaced underneath the connection, so it is closed first and a connection is always reopened:
    // the restored database, or the untouched one when the backup was refused.
    ctx.db.close();
    let restored: RestoreResult | null = null;
    let failure: unknown = null;
    try {
      restored = restoreBackup({ databasePath: ctx.databasePath, dataDir: ctx.dataDir, backupName: name, nativeBinding: ctx.nativeBinding });
    } catch (error) {
      failure = error;
    }
    ctx.db = openDatabase(ctx.databasePath, { dataDir: ctx.dataDir, nativeBinding: ctx.nativeBinding }).db;
    if (!restored) throw failure;
    return restored;
  },
  // The typed confirmation is checked by the contract; what may be cleared is checked in startFresh.
  'app:startFresh': (ctx) => startFresh(ctx),
  'app:openExternal': async (ctx, { url }) => {
    if (!isAllowedExternalUrl(url)) return { opened: false };
    await ctx.openExternal(url);
    return { opened: true };
  },
};
