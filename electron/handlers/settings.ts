import { getMeta, isDemoDatabase, setMeta } from '../../db/repositories/app-meta';
import { AppError } from '../../shared/errors';
import type { SettingsInfo, settingsChannels } from '../../shared/ipc/channels/settings';
import { getRole } from '../services/sync/role';
import { DEFAULT_ACTOR, PROFILE_INSPECTOR_KEY } from './actor';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

function settingsOf(ctx: HandlerContext): SettingsInfo {
  const role = getRole(ctx.db);
  return {
    inspectorName: getMeta(ctx.db, PROFILE_INSPECTOR_KEY),
    defaultActor: DEFAULT_ACTOR,
    nameEditable: role !== 'field',
    role: role ?? (isDemoDatabase(ctx.db) ? 'demo' : 'unset'),
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    appVersion: ctx.appVersion,
  };
}

export const settingsHandlers: HandlersFor<typeof settingsChannels> = {
  'settings:get': (ctx) => settingsOf(ctx),
  'settings:setInspectorName': (ctx, { name }) => {
    // A field laptop's inspector came with the office's task pack; their certificate signs in that name.
    if (getRole(ctx.db) === 'field') throw new AppError('PROFILE_LOCKED');
    setMeta(ctx.db, PROFILE_INSPECTOR_KEY, name.replace(/\s+/g, ' '));
    return settingsOf(ctx);
  },
};
