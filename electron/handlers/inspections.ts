import { saveAnswer, listAnswers } from '../../db/repositories/answers';
import { listEvidence } from '../../db/repositories/evidence';
import { listFindings } from '../../db/repositories/findings';
import { getFiling } from '../../db/repositories/filings';
import { createInspection, listInspections, requireInspection } from '../../db/repositories/inspections';
import { listDraws } from '../../db/repositories/sampling-draws';
import { listSignatures } from '../../db/repositories/signatures';
import { assignedFormVersion } from '../services/sync/field/assigned-form';
import { inTransaction } from '../../db/sql';
import { initialScoringContext, validateStoredAnswer } from '../../shared/store/answer-keys';
import type { inspectionChannels } from '../../shared/ipc/channels/inspections';
import { currentActor } from './actor';
import { currentTemplateRecord, templateByHash, templateForInspection } from '../services/templates/template-store';
import { pinnedVersion } from '../services/templates/pinned-version';
import { linkInspectionRound } from '../../db/repositories/inspection-rounds';
import { roundForNewInspection } from '../services/rounds/new-inspection-round';
import { assertFollowUpMayChange, inspectionRoundView } from '../services/rounds/inspection-round-view';
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

  // The inspection and its scoring context in one transaction, so opening its pages never has to write the context.
  // Also its round (issue 15): the assignment's, else one this store opens; a follow-up starts from what it re-checks.
  'inspections:create': (ctx, { templateId, templateHash, site, panel, assignmentUid, ...rest }) => {
    const actor = currentActor(ctx);
    const at = ctx.now().toISOString();
    const followUp =
      assignmentUid === undefined
        ? null
        : roundForNewInspection(ctx.db, { filingId: rest.filingId, templateId, inspectionDate: rest.inspectionDate, assignmentUid, at });
    // On a laptop the office's assignment names the version (by hash): without a choice, a new inspection pins it.
    const chosen = templateHash ?? followUp?.assignedTemplateHash ?? assignedFormVersion(ctx.db, rest.filingId, templateId)?.hash;
    const version = chosen === undefined ? currentTemplateRecord(ctx.db, templateId) : pinnedVersion(ctx.db, templateId, chosen);
    templateByHash(ctx.db, version.hash); // a version whose content no longer matches its hash is refused before anything pins it
    return inTransaction(ctx.db, () => {
      const created = createInspection(
        ctx.db,
        {
          ...rest,
          templateId: version.templateId,
          templateVersion: version.templateVersion,
          templateHash: version.hash,
          panel: panel.map((m) =>
            m.inspectorId === undefined ? { name: m.name, role: m.role } : { name: m.name, role: m.role, inspectorId: m.inspectorId },
          ),
          site: site ?? '',
        },
        actor,
        at,
      );
      const filing = getFiling(ctx.db, created.filingId);
      if (filing) saveAnswer(ctx.db, { inspectionId: created.id, itemId: 'context', answer: initialScoringContext(filing), actor, at });
      const placed =
        followUp ??
        roundForNewInspection(ctx.db, { filingId: rest.filingId, templateId: version.templateId, inspectionDate: rest.inspectionDate, at });
      linkInspectionRound(ctx.db, created.id, placed.link);
      // Re-checking the listed findings only: the rest stays as the accepted inspection had it (logged like any answer).
      if (placed.link.scope === 'findings' && placed.rectification)
        for (const row of placed.rectification.baseAnswers)
          saveAnswer(ctx.db, { inspectionId: created.id, itemId: row.item_id, answer: JSON.parse(row.payload_json) as unknown, actor, at });
      return created;
    });
  },

  'inspections:get': (ctx, { id }) => ({
    inspection: requireInspection(ctx.db, id),
    ...inspectionRoundView(ctx.db, id),
    answers: listAnswers(ctx.db, id),
    findings: listFindings(ctx.db, id),
    draws: listDraws(ctx.db, id),
    signatures: listSignatures(ctx.db, id).map(({ imagePng: _image, ...summary }) => summary),
    evidence: listEvidence(ctx.db, id),
  }),

  'inspections:saveAnswer': (ctx, { inspectionId, itemId, answer, reason }) => {
    const inspection = requireInspection(ctx.db, inspectionId);
    validateStoredAnswer(templateForInspection(ctx.db, inspection.id), itemId, answer);
    assertFollowUpMayChange(ctx.db, inspection.id, itemId);
    return saveAnswer(ctx.db, { inspectionId, itemId, answer, actor: currentActor(ctx), reason: reason ?? null, at: ctx.now().toISOString() });
  },
};
