import type { Database } from '../../../../db/engine';
import { listAnswers } from '../../../../db/repositories/answers';
import { inspectionRound } from '../../../../db/repositories/inspection-rounds';
import { requireInspection } from '../../../../db/repositories/inspections';
import { getRectification } from '../../../../db/repositories/rectifications';
import { listSignatures } from '../../../../db/repositories/signatures';
import { score } from '../../../../shared/domain/scoring';
import { AppError } from '../../../../shared/errors';
import { answersFromRows } from '../../../../shared/store/answer-keys';
import { templateForInspection } from '../../templates/template-store';
import { recordFingerprint } from '../fingerprint';
import type { RecheckModel } from '../model/rectification';
import { inspectionHeader, panelOf } from './inspection-models';
import { loadFiling } from './institution-header';
import { recheckResultOf } from './recheck-results';

/** 整改复查记录 of a follow-up inspection: the rectification it re-checks, scored with the follow-up's own answers. */
export function loadRecheckModel(db: Database, inspectionId: number): RecheckModel {
  const inspection = requireInspection(db, inspectionId);
  const link = inspectionRound(db, inspectionId);
  if (link?.purpose !== 'followUp') throw new AppError('REPORT_KIND_NOT_OFFERED', { kind: 'recheck', inspectionId });
  const rectification = getRectification(db, link.rectificationUid);
  if (!rectification) throw new AppError('RECTIFICATION_NOT_FOUND', { uid: link.rectificationUid });
  const template = templateForInspection(db, inspection.id);
  const { header } = loadFiling(db, inspection.institutionId, inspection.filingId);
  const answers = answersFromRows(template, listAnswers(db, inspectionId));
  const result = score(template, answers);
  const signatures = listSignatures(db, inspectionId);
  const findings = rectification.findings.map((finding) => ({ finding, result: recheckResultOf(finding, result) }));
  return {
    kind: 'recheck',
    institution: header,
    inspection: inspectionHeader(inspection),
    rectification: {
      uid: rectification.uid,
      inspectionDate: rectification.inspectionDate,
      outcomeLabel: rectification.outcomeLabel,
      dueOn: rectification.dueOn,
      scope: link.scope,
    },
    findings,
    score: result.complete ? result.total : null,
    outcomeLabel: result.outcome.label,
    panel: panelOf(inspection, signatures),
    fingerprint: recordFingerprint({
      inspection: inspection.id,
      revision: inspection.revision,
      rectification: rectification.uid,
      answers,
      total: result.total,
      findings: findings.map((f) => [f.finding.key, f.result]),
      signatures: signatures.map((s) => ({ name: s.signerName, role: s.role, at: s.signedAt })),
    }),
  };
}
