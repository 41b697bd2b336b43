import { defaultStatusDate } from '../../db/filing-status';
import type { roundPlanChannels } from '../../shared/ipc/channels/round-plans';
import { publishRound } from '../services/round-publish/publish-round';
import { grantPath, requireGranted } from './granted-paths';
import type { HandlersFor } from './types';

// Like every export: the window names only a place the user chose in the save dialog this run (files:chooseSave).
export const roundPublishHandlers: HandlersFor<Pick<typeof roundPlanChannels, 'roundPlans:publish'>> = {
  'roundPlans:publish': async (ctx, { roundUid, kind, format, path }) => {
    const target = requireGranted(ctx, 'write', path);
    // The same day as the window's lists, so a rectification's standing agrees with what it shows.
    const result = await publishRound(ctx.db, { roundUid, kind, format, path: target, publishedOn: defaultStatusDate(ctx.db, ctx.now()) });
    // What the app wrote there may be opened (files:open), as after any export.
    grantPath(ctx, 'read', target);
    return result;
  },
};
