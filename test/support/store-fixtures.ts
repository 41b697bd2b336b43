import type { Database } from '../../db/engine';
import { insertBatch } from '../../db/repositories/batches';
import { insertCandidate } from '../../db/repositories/candidates';
import { upsertFiledOccupation } from '../../db/repositories/filed-occupations';
import { insertFiling } from '../../db/repositories/filings';
import { createInspection } from '../../db/repositories/inspections';
import { insertInstitution } from '../../db/repositories/institutions';
import type { InstitutionKind } from '../../shared/store/enums';

// Both carry correct check characters (GB 32100 / GB 11643), checked in the repository tests.
export const SAMPLE_USCC = '91140302762680279B';
export const SAMPLE_ID_NUMBER = '140302198701245622';

/** One institution with one filing, one filed occupation, one batch and one candidate. */
export function seedInstitution(
  db: Database,
  options: { uscc?: string; name?: string; kind?: InstitutionKind; region?: string; filingNo?: string } = {},
) {
  const institutionId = insertInstitution(db, {
    uscc: options.uscc ?? SAMPLE_USCC,
    name: options.name ?? '测试评价机构有限公司',
    region: options.region ?? '阳泉市城区',
  });
  const filingId = insertFiling(db, {
    institutionId,
    kind: options.kind ?? 'enterprise',
    listedName: options.name ?? '测试评价机构有限公司',
    filingNo: options.filingNo ?? 'Y1403022020001',
    filingYear: 2020,
    filedOn: '2020-10-01',
    validFrom: '2020-10-01',
    validTo: '2023-09-30',
  });
  const filedOccupationId = upsertFiledOccupation(db, { filingId, code: '6-31-01-03', name: '电工', levels: ['level5', 'level4'] });
  const batchId = insertBatch(db, { filingId, filedOccupationId, level: 'level5', batchNo: '2021-001', examDate: '2021-06-01' });
  const candidateId = insertCandidate(db, { batchId, name: '张伟', idNumber: SAMPLE_ID_NUMBER, uploadedNational: true });
  return { institutionId, filingId, filedOccupationId, batchId, candidateId };
}

export function seedInspection(db: Database, templateId = 'shanxi-renewal-2023') {
  const seeded = seedInstitution(db);
  const inspection = createInspection(
    db,
    {
      institutionId: seeded.institutionId,
      filingId: seeded.filingId,
      templateId,
      templateVersion: '2023.1',
      panel: [{ name: '李评估', role: 'lead' }],
      inspectionDate: '2023-09-10',
    },
    '李评估',
  );
  return { ...seeded, inspectionId: inspection.id };
}
