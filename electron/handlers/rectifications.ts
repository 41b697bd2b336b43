import { defaultStatusDate } from '../../db/filing-status';
import type { rectificationChannels } from '../../shared/ipc/channels/rectifications';
import { decideRectification } from '../services/rectification/decide';
import { openRectification } from '../services/rectification/open-rectification';
import { getRectificationView, listRectificationViews } from '../services/rectification/rectification-view';
import { recordResponse } from '../services/rectification/respond';
import { currentActor } from './actor';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

/** The day the watch is computed for: the one asked about, else today (the demo database: its reference day). */
const dayOf = (ctx: HandlerContext, onDate: string | undefined): string => onDate ?? defaultStatusDate(ctx.db, ctx.now());

// Reads work on both roles (a laptop lists the copies its packs brought); every write is the office's (the services check).
// rectifications:notice and rectifications:openFile are in ./rectification-files (a table of their own in ./index).
export const rectificationHandlers: HandlersFor<Omit<typeof rectificationChannels, 'rectifications:notice' | 'rectifications:openFile'>> = {
  'rectifications:list': (ctx, { filingId, onDate }) => listRectificationViews(ctx.db, dayOf(ctx, onDate), filingId),
  'rectifications:get': (ctx, { uid, onDate }) => getRectificationView(ctx.db, uid, dayOf(ctx, onDate)),
  'rectifications:open': (ctx, { inspectionId }) => {
    const record = openRectification(ctx.db, { inspectionId, actor: currentActor(ctx), now: ctx.now() });
    return getRectificationView(ctx.db, record.uid, dayOf(ctx, undefined));
  },
  'rectifications:respond': (ctx, { uid, receivedOn, summary, files }) => {
    recordResponse(ctx.db, { uid, receivedOn, summary, files, actor: currentActor(ctx), now: ctx.now() });
    return getRectificationView(ctx.db, uid, dayOf(ctx, undefined));
  },
  'rectifications:decide': (ctx, { uid, decision, reason, decidedOn, followUpInspectionId }) => {
    decideRectification(ctx.db, {
      uid,
      decision,
      reason,
      decidedOn,
      ...(followUpInspectionId === undefined ? {} : { followUpInspectionId }),
      actor: currentActor(ctx),
      now: ctx.now(),
    });
    return getRectificationView(ctx.db, uid, dayOf(ctx, undefined));
  },
};
