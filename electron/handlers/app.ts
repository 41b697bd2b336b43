import type { appChannels } from '../../shared/ipc/channels/app';
import { listBackups } from '../../db/backup-list';
import { latestSchemaVersion } from '../../db/migrations';
import { restoreBackupAndOpen } from '../../db/restore';
import { isDemoDatabase } from '../../db/repositories/app-meta';
import { isAllowedExternalUrl } from '../main/security';
import { refuseOnPostgres } from '../services/office-store/sqlite-only';
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
    refuseOnPostgres(ctx.db, '恢复备份');
    // A refused or failed restore puts the old file back and the session reopens it, so the window keeps working.
    const { restoredFrom, movedAsideTo } = ctx.database.swapFile(() =>
      restoreBackupAndOpen({ databasePath: ctx.databasePath, dataDir: ctx.dataDir, backupName: name, nativeBinding: ctx.nativeBinding }),
    );
    return { restoredFrom, movedAsideTo };
  },
  // The typed confirmation is checked by the contract; what may be cleared is checked in startFresh.
  'app:startFresh': (ctx) => startFresh(ctx),
  'app:openExternal': async (ctx, { url }) => {
    if (!isAllowedExternalUrl(url)) return { opened: false };
    await ctx.openExternal(url);
    return { opened: true };
  },
};
