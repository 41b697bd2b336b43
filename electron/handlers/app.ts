import type { appChannels } from '../../shared/ipc/channels/app';
import { latestSchemaVersion } from '../../db/migrations';
import { isDemoDatabase } from '../../db/repositories/app-meta';
import { isAllowedExternalUrl } from '../main/security';
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
  'app:openExternal': async (ctx, { url }) => {
    if (!isAllowedExternalUrl(url)) return { opened: false };
    await ctx.openExternal(url);
    return { opened: true };
  },
};
