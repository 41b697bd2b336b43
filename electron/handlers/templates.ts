import { listTemplates, templateHash, type Template } from '../../shared/domain/templates';
import { AppError } from '../../shared/errors';
import type { TemplateSummary, templateChannels } from '../../shared/ipc/channels/templates';
import { requireInspection } from '../../db/repositories/inspections';
import type { HandlersFor } from './types';

// First cut: the built-in forms only. The template store (imported and received versions, pinned hashes) replaces
// these lookups; the channel contract stays.

function summaryOf(template: Template): TemplateSummary {
  return {
    id: template.id,
    version: template.version,
    hash: templateHash(template),
    title: template.title,
    source: `${template.source.notice} ${template.source.attachment}`.trim(),
    origin: 'builtin',
    current: true,
  };
}

function byHash(hash: string): Template {
  const template = listTemplates().find((t) => templateHash(t) === hash);
  if (!template)
    throw new AppError('TEMPLATE_NOT_FOUND', {
      id: hash.slice(0, 12),
      known: listTemplates()
        .map((t) => t.id)
        .join('、'),
    });
  return template;
}

export const templateHandlers: HandlersFor<typeof templateChannels> = {
  'templates:list': () => listTemplates().map(summaryOf),
  'templates:get': (_ctx, { hash }) => byHash(hash),
  'templates:forInspection': (ctx, { inspectionId }) => {
    const inspection = requireInspection(ctx.db, inspectionId);
    const template = listTemplates().find((t) => t.id === inspection.templateId);
    if (!template)
      throw new AppError('TEMPLATE_NOT_FOUND', {
        id: inspection.templateId,
        known: listTemplates()
          .map((t) => t.id)
          .join('、'),
      });
    return template;
  },
};
