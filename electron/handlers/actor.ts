import { getMeta } from '../../db/repositories/app-meta';
import type { HandlerContext } from './context';

/** app_meta key the profile setup (office/sync issue) fills with the signed-in inspector's name. */
export const PROFILE_INSPECTOR_KEY = 'profile_inspector_name';

/** Who changes are attributed to until a name is set (设置). */
export const DEFAULT_ACTOR = '本机用户';

/**
 * Who the audit log names for changes made through the window. The renderer never says who it is; until an
 * inspector profile exists on this laptop, changes are attributed to 本机用户.
 */
export function currentActor(ctx: HandlerContext): string {
  return getMeta(ctx.db, PROFILE_INSPECTOR_KEY) ?? DEFAULT_ACTOR;
}
