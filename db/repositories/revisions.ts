import type { Database } from '../engine';
import { AppError } from '../../shared/errors';
import type { InspectionRecord } from '../../shared/store/records';
import { inTransaction, nowIso, statement, insertedId } from '../sql';
import { copyAnswers } from './answers';
import { appendAudit } from './audit-log';
import { copyEvidence } from './evidence';
import { copyFindings } from './findings';
import { requireInspection } from './inspections';
import { copyDraws } from './sampling-draws';

const pairs = (ids: ReadonlyMap<number, number>): [number, number][] => [...ids];

/**
 * A correction of a signed inspection: a new draft (revision + 1) pointing at its parent, with the reason recorded
 * and the whole record copied — answers, sampling draws, findings on the sampled units and evidence (the same
 * files). Signatures are not copied: the corrected version must be signed again. The parent is only read, so it
 * stays exactly as signed. One transaction: a revision is complete or does not exist.
 */
export function createRevision(db: Database, parentId: number, reason: string, actor: string, at = nowIso()): InspectionRecord {
  return inTransaction(db, () => {
    const parent = requireInspection(db, parentId);
    if (parent.status === 'draft') {
      throw new AppError('INVALID_STATUS', { reason: 'INSPECTION_REASON_STILL_DRAFT', id: parentId });
    }
    const result = statement(
      db,
      `INSERT INTO inspections (institution_id, filing_id, template_id, template_version, panel_json, inspection_date, site,
         score_hundredths, revision, parent_id, revision_reason, created_at, updated_at)
       SELECT institution_id, filing_id, template_id, template_version, panel_json, inspection_date, site,
         score_hundredths, revision + 1, id, ?, ?, ? FROM inspections WHERE id = ? RETURNING id`,
    ).get(reason, at, at, parentId);
    const revisionId = insertedId(result);
    const created = requireInspection(db, revisionId);
    // A correction is scored with the very form version its parent was.
    statement(
      db,
      'INSERT INTO inspection_template_pins (inspection_id, template_hash) SELECT ?, template_hash FROM inspection_template_pins WHERE inspection_id = ?',
    ).run(revisionId, parentId);
    // …and stays in its parent's round (issue 15): a correction is the same round's inspection, not a new round.
    statement(
      db,
      `INSERT INTO inspection_rounds (inspection_id, round_uid, purpose, rectification_uid, scope)
       SELECT ?, round_uid, purpose, rectification_uid, scope FROM inspection_rounds WHERE inspection_id = ?`,
    ).run(revisionId, parentId);
    appendAudit(db, { actor, at, inspectionId: revisionId, entity: 'inspection', entityId: revisionId, action: 'create', new: created, reason });

    const answers = copyAnswers(db, parentId, revisionId);
    const draws = copyDraws(db, parentId, revisionId);
    const findings = copyFindings(db, parentId, revisionId, draws);
    const evidence = copyEvidence(db, parentId, revisionId, findings);
    // The log names every copied row by its parent's id, so the revision's starting state can be traced.
    appendAudit(db, {
      actor,
      at,
      inspectionId: revisionId,
      entity: 'revision',
      entityId: revisionId,
      action: 'create',
      new: { copiedFrom: parentId, answers, draws: pairs(draws), findings: pairs(findings), evidence: pairs(evidence), signatures: 0 },
      reason,
    });
    return created;
  });
}
