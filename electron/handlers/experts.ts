import type { expertChannels } from '../../shared/ipc/channels/experts';
import { listExpertViews } from '../services/experts/expert-view';
import { saveExpert, setExpertActivity } from '../services/experts/save-expert';
import type { HandlersFor } from './types';

// The pool is read everywhere; its writes are the office's (a laptop's database refuses them, see office-only.ts).
// Importing experts is import:preview / import:commit with kind 'experts'.
export const expertHandlers: HandlersFor<typeof expertChannels> = {
  'experts:list': (ctx, { query, activeOnly }) => listExpertViews(ctx.db, { query, activeOnly }),
  'experts:save': (ctx, args) => saveExpert(ctx.db, args, ctx.now()),
  'experts:setActive': (ctx, { id, active }) => setExpertActivity(ctx.db, id, active, ctx.now()),
};
