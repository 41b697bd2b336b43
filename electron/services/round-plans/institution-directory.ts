import type { Database } from '../../../db/engine';
import { isDemoDatabase } from '../../../db/repositories/app-meta';
import {
  listBatchSourcesOfYear,
  type BatchSourceRow,
  listFiledOccupationCodes,
  listFilingSources,
} from '../../../db/repositories/round-directory-sources';
import { INSTITUTION_DIRECTORY_FORMAT, type InstitutionDirectory, type RoundRules } from '../../../shared/domain/double-random/types';

/**
 * 检查对象名录 from the store: every filing with its institution, filed occupations and — when the plan has a process
 * check — the batches examined in that year. Demo institutions (演示数据) are left out unless the whole store is the
 * demo: a real office's round must never draw a made-up institution (the same reason sync:initOffice refuses the demo),
 * while the demo store, where every institution is made up, would otherwise have nothing to draw from.
 */
export function buildInstitutionDirectory(db: Database, rules: RoundRules): InstitutionDirectory {
  const keepDemo = isDemoDatabase(db);
  const occupations = listFiledOccupationCodes(db);
  const batches = rules.processCheck ? listBatchSourcesOfYear(db, rules.processCheck.year) : new Map<number, BatchSourceRow[]>();
  const filings = listFilingSources(db)
    .filter((filing) => keepDemo || !filing.demo)
    .map((filing) => ({
      filingId: filing.filingId,
      filingNo: filing.filingNo,
      uscc: filing.uscc,
      institutionName: filing.institutionName,
      listedName: filing.listedName,
      kind: filing.kind,
      region: filing.region,
      validTo: filing.validTo,
      occupationCodes: occupations.get(filing.filingId) ?? [],
      batches: (batches.get(filing.filingId) ?? []).map(({ batchId, batchNo, occupationCode, level, examDate }) => ({
        batchId,
        batchNo,
        occupationCode,
        level,
        examDate,
      })),
    }));
  return { format: INSTITUTION_DIRECTORY_FORMAT, filings };
}
