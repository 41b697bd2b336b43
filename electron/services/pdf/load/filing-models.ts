import type { Database } from '../../../../db/engine';
import { listBatchesOfFiling } from '../../../../db/repositories/batches';
import { listCandidatesOfBatch } from '../../../../db/repositories/candidates';
import { requireInspection } from '../../../../db/repositories/inspections';
import type { SkillLevel } from '../../../../shared/domain/validation/skill-level';
import { loadStatisticsRows } from '../../export/statistics-data';
import type { ApplicationModel } from '../model/application';
import type { StatsModel } from '../model/stats';
import { loadFiling } from './institution-header';

/** 000 附件1 counts certificates per level by these labels (R-INS-04). */
const APPLICATION_LEVEL: Record<SkillLevel, string> = {
  apprentice: '学徒工',
  level5: '初级',
  level4: '中级',
  level3: '高级',
  level2: '技师',
  level1: '高级技师',
  specialTechnician: '特级技师',
  chiefTechnician: '首席技师',
};

/** Every batch of the inspected filing with its candidates; a certificate number means 已发证. */
function batchesWithCandidates(db: Database, filingId: number) {
  return listBatchesOfFiling(db, filingId).map((batch) => ({ batch, candidates: listCandidatesOfBatch(db, batch.id) }));
}

/** 附件2 through the XLSX export's loader, so the printed and the exported table cannot differ (R-YQ-08). */
export function loadStatsModel(db: Database, inspectionId: number): StatsModel {
  const inspection = requireInspection(db, inspectionId);
  const { header } = loadFiling(db, inspection.institutionId, inspection.filingId);
  return { kind: 'stats', institution: header, rows: loadStatisticsRows(db, inspection.filingId) };
}

/** 附件1 from the filing and its certificates; answers only the enterprise can give stay blank for handwriting. */
export function loadApplicationModel(db: Database, inspectionId: number): ApplicationModel {
  const inspection = requireInspection(db, inspectionId);
  const { institution, filing } = loadFiling(db, inspection.institutionId, inspection.filingId);
  const certificatesByLevel: Record<string, number> = {};
  for (const { batch, candidates } of batchesWithCandidates(db, inspection.filingId)) {
    const label = APPLICATION_LEVEL[batch.level];
    certificatesByLevel[label] = (certificatesByLevel[label] ?? 0) + candidates.filter((c) => c.certificateNo).length;
  }
  return {
    kind: 'application',
    enterpriseName: institution.name,
    uscc: institution.uscc,
    enterpriseType: filing.kind === 'enterprise' ? (institution.centralSoeBranch ? 'central' : 'provincial') : null,
    filingNo: filing.filingNo,
    contact: institution.contact,
    phone: institution.phone,
    address: institution.address,
    qualificationChanged: null,
    changedItems: null,
    creditGood: null,
    validFrom: filing.validFrom,
    validTo: filing.validTo,
    evaluated: Object.values(certificatesByLevel).some((n) => n > 0) ? true : null,
    notEvaluatedReason: null,
    entrusted: null,
    entrustedDetails: null,
    certificatesByLevel,
    holders: null,
    employees: null,
    willingToContinue: null,
  };
}
