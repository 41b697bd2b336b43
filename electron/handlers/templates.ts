import type { templateChannels } from '../../shared/ipc/channels/templates';
import { listStoredTemplates, templateByHash, templateForInspection } from '../services/templates/template-store';
import type { HandlersFor } from './types';

// Every version the store holds (built in, imported, received); an inspection reads the version it pinned.
export const templateHandlers: HandlersFor<typeof templateChannels> = {
  'templates:list': (ctx) => listStoredTemplates(ctx.db).map(({ addedAt: _addedAt, ...summary }) => summary),
  'templates:get': (ctx, { hash }) => templateByHash(ctx.db, hash),
  'templates:forInspection': (ctx, { inspectionId }) => templateForInspection(ctx.db, inspectionId),
};
