import { saveAnswer, listAnswers } from '../../db/repositories/answers';
import { listEvidence } from '../../db/repositories/evidence';
import { listFindings } from '../../db/repositories/findings';
import { createInspection, listInspections, requireInspection } from '../../db/repositories/inspections';
import { listDraws } from '../../db/repositories/sampling-draws';
import { listSignatures } from '../../db/repositories/signatures';
import { getTemplate } from '../../shared/domain/templates';
import { validateStoredAnswer } from '../../shared/store/answer-keys';
import type { inspectionChannels } from '../../shared/ipc/channels/inspections';
import { currentActor } from './actor';
import type { HandlersFor } from './types';

export const inspectionHandlers: HandlersFor<typeof inspectionChannels> = {
  'inspections:list': (ctx, { institutionId }) =>
    listInspections(ctx.db, institutionId === undefined ? {} : { institutionId }).map((i) => ({
      id: i.id,
      institutionId: i.institutionId,
      filingId: i.filingId,
      templateId: i.templateId,
      templateVersion: i.templateVersion,
      inspectionDate: i.inspectionDate,
      status: i.status,
      scoreHundredths: i.scoreHundredths,
      revision: i.revision,
    })),

  'inspections:create': (ctx, { templateId, site, panel, ...rest }) => {
    const template = getTemplate(templateId);
    return createInspection(
      ctx.db,
      {
        ...rest,
        templateId: template.id,
        templateVersion: template.version,
        panel: panel.map((m) => (m.inspectorId === undefined ? { name: m.name, role: m.role } : { name: m.name, role: m.role, inspectorId: m.inspectorId })),
        site: site ?? '',
      },
      currentActor(ctx),
      ctx.now().toISOString(),
    );
  },

  'inspections:get': (ctx, { id }) => ({
    inspection: requireInspection(ctx.db, id),
    answers: listAnswers(ctx.db, id),
    findings: listFindings(ctx.db, id),
    draws: listDraws(ctx.db, id),
    signatures: listSignatures(ctx.db, id).map(({ imagePng: _image, ...summary }) => summary),
    evidence: listEvidence(ctx.db, id),
  }),

  'inspections:saveAnswer': (ctx, { inspectionId, itemId, answer, reason }) => {
    const inspection = requireInspection(ctx.db, inspectionId);
    validateStoredAnswer(getTemplate(inspection.templateId), itemId, answer);
    return saveAnswer(ctx.db, { inspectionId, itemId, answer, actor: currentActor(ctx), reason: reason ?? null, at: ctx.now().toISOString() });
  },
};
