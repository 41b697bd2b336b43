import type { Database } from '../../../../db/engine';
import { listAnswers } from '../../../../db/repositories/answers';
import { listFindings } from '../../../../db/repositories/findings';
import { requireInspection } from '../../../../db/repositories/inspections';
import { listDraws } from '../../../../db/repositories/sampling-draws';
import { listSignatures } from '../../../../db/repositories/signatures';
import { score } from '../../../../shared/domain/scoring';
import { templateForInspection } from '../../templates/template-store';
import { signerRoleLabels } from '../../../../shared/store/enums';
import type { InspectionRecord, SignatureRecord } from '../../../../shared/store/records';
import { recordFingerprint } from '../fingerprint';
import type { AppendixModel } from '../model/appendix';
import type { InspectionHeader, PanelMember, Signer } from '../model/common';
import type { SheetModel } from '../model/sheet';
import { answersFromRows } from '../../../../shared/store/answer-keys';
import { drawView } from './draw-view';
import { loadFiling } from './institution-header';

export function inspectionHeader(inspection: InspectionRecord): InspectionHeader {
  return { id: String(inspection.id), date: inspection.inspectionDate, place: inspection.site || null };
}

function signerOf(signature: SignatureRecord): Signer {
  return { name: signature.signerName, signedAt: signature.signedAt.slice(0, 10), signaturePng: Buffer.from(signature.imagePng).toString('base64') };
}

/** 专家评估组 as printed: who signed (in signing order), else the inspection's panel with lines to sign on paper. */
export function panelOf(inspection: InspectionRecord, signatures: readonly SignatureRecord[]): PanelMember[] {
  const panelSignatures = signatures.filter((s) => s.role !== 'institutionRep');
  return panelSignatures.length > 0
    ? panelSignatures.map((s) => ({ role: signerRoleLabels[s.role], ...signerOf(s) }))
    : inspection.panel.map((m) => ({ name: m.name, role: m.role === 'lead' ? '组长' : '成员', signedAt: null, signaturePng: null }));
}

/** The scored sheet of one inspection; the fingerprint hashes what was signed: answers, result and signatures. */
export function loadSheetModel(db: Database, inspectionId: number): SheetModel {
  const inspection = requireInspection(db, inspectionId);
  const template = templateForInspection(db, inspection.id);
  const { header } = loadFiling(db, inspection.institutionId, inspection.filingId);
  const answers = answersFromRows(template, listAnswers(db, inspectionId));
  const result = score(template, answers);
  const signatures = listSignatures(db, inspectionId);
  const panel = panelOf(inspection, signatures);
  // Should the representative have signed more than once, the latest signature is the one printed.
  const representative = signatures.findLast((s) => s.role === 'institutionRep');
  const fingerprint = recordFingerprint({
    inspection: inspection.id,
    revision: inspection.revision,
    template: `${template.id}@${template.version}`,
    answers,
    total: result.total,
    // Every signature in signing order, the printed representative's too; a sheet without one keeps its fingerprint.
    signatures: signatures.map((s) => ({ name: s.signerName, role: s.role, at: s.signedAt })),
  });
  return {
    kind: 'sheet',
    template,
    result,
    institution: header,
    inspection: inspectionHeader(inspection),
    panel,
    representative: representative ? signerOf(representative) : null,
    fingerprint,
  };
}

/** 抽样记录 and 问题清单 of one inspection. */
export function loadAppendixModel(db: Database, inspectionId: number): AppendixModel {
  const inspection = requireInspection(db, inspectionId);
  const template = templateForInspection(db, inspection.id);
  const { header } = loadFiling(db, inspection.institutionId, inspection.filingId);
  const draws = listDraws(db, inspectionId);
  const findings = listFindings(db, inspectionId).map((finding) => ({
    itemId: finding.itemId,
    unit: finding.unitId ? `${finding.unitKind} ${finding.unitId}` : null,
    description: finding.description,
    deducted: null,
  }));
  return {
    kind: 'appendix',
    templateTitle: template.title,
    institution: header,
    inspection: inspectionHeader(inspection),
    draws: draws.map(drawView),
    findings,
    fingerprint: recordFingerprint({ inspection: inspection.id, revision: inspection.revision, draws: draws.map((d) => d.record), findings }),
  };
}
