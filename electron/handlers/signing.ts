import { addSignature, listSignatures } from '../../db/repositories/signatures';
import { listAnswers } from '../../db/repositories/answers';
import { advanceInspectionStatus, requireEditableInspection, requireInspection, setInspectionScore } from '../../db/repositories/inspections';
import { createRevision } from '../../db/repositories/revisions';
import { inTransaction } from '../../db/sql';
import { score } from '../../shared/domain/scoring';
import { AppError } from '../../shared/errors';
import type { signingChannels } from '../../shared/ipc/channels/signing';
import { answersFromRows } from '../../shared/store/answer-keys';
import type { InspectionRecord } from '../../shared/store/records';
import { currentActor } from './actor';
import type { HandlersFor } from './types';
import { templateForInspection } from '../services/templates/template-store';

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Who still has to sign: every panel member by name, and the institution's representative. */
export function missingSigners(inspection: InspectionRecord, signed: readonly { signerName: string; role: string }[]): string[] {
  const missing = inspection.panel
    .filter((member) => !signed.some((s) => s.signerName === member.name && s.role !== 'institutionRep'))
    .map((m) => m.name);
  if (!signed.some((s) => s.role === 'institutionRep')) missing.push('被评估机构负责人');
  return missing;
}

export const signingHandlers: HandlersFor<typeof signingChannels> = {
  'inspections:sign': (ctx, { inspectionId, signerName, role, imageDataUrl }) => {
    const imagePng = new Uint8Array(Buffer.from(imageDataUrl.slice(PNG_PREFIX.length), 'base64'));
    // The data URL only claims PNG; the store's CHECK would refuse other bytes with an English SQLite error.
    if (!PNG_MAGIC.every((byte, i) => imagePng[i] === byte)) {
      throw new AppError('SIGNATURE_NOT_PNG', { signer: signerName });
    }
    const at = ctx.now().toISOString();
    const id = addSignature(ctx.db, { inspectionId, signerName, role, imagePng, actor: currentActor(ctx), at });
    return { id, inspectionId, signerName, role, signedAt: at };
  },

  'inspections:lock': (ctx, { inspectionId }) => {
    const actor = currentActor(ctx);
    const at = ctx.now().toISOString();
    return inTransaction(ctx.db, () => {
      const inspection = requireEditableInspection(ctx.db, inspectionId);
      const missing = missingSigners(inspection, listSignatures(ctx.db, inspectionId));
      if (missing.length > 0) throw new AppError('SIGNATURES_MISSING', { names: missing.join('、') });
      const template = templateForInspection(ctx.db, inspection.id);
      const result = score(template, answersFromRows(template, listAnswers(ctx.db, inspectionId)));
      if (!result.complete && result.passed === null) {
        const left = [...result.unansweredItems, ...result.unansweredVetoes.map((v) => `否决项${v}`)];
        throw new AppError('SCORING_INCOMPLETE', { count: left.length, items: left.slice(0, 8).join(', ') + (left.length > 8 ? ' …' : '') });
      }
      setInspectionScore(ctx.db, inspectionId, result.total, actor, at);
      return advanceInspectionStatus(ctx.db, inspectionId, 'locked', actor, '签名齐全，锁定', at);
    });
  },

  'inspections:revise': (ctx, { inspectionId, reason }) => createRevision(ctx.db, inspectionId, reason, currentActor(ctx), ctx.now().toISOString()),

  'signatures:image': (ctx, { inspectionId, id }) => {
    requireInspection(ctx.db, inspectionId);
    const signature = listSignatures(ctx.db, inspectionId).find((s) => s.id === id);
    if (!signature) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_SIGNATURE', id });
    return { dataUrl: PNG_PREFIX + Buffer.from(signature.imagePng).toString('base64') };
  },
};
