import type { Database } from '../../../../db/engine';
import { getFiling } from '../../../../db/repositories/filings';
import { getInstitution } from '../../../../db/repositories/institutions';
import { AppError } from '../../../../shared/errors';
import { institutionKindLabels } from '../../../../shared/store/enums';
import type { FilingRecord, InstitutionRecord } from '../../../../shared/store/records';
import type { InstitutionHeader } from '../model/common';

export interface LoadedFiling {
  institution: InstitutionRecord;
  filing: FilingRecord;
  header: InstitutionHeader;
}

export function loadFiling(db: Database, institutionId: number, filingId: number): LoadedFiling {
  const institution = getInstitution(db, institutionId);
  const filing = getFiling(db, filingId);
  if (!institution || !filing) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_INSTITUTION_OR_FILING', institutionId, filingId });
  return {
    institution,
    filing,
    header: {
      name: filing.listedName || institution.name,
      filingNo: filing.filingNo,
      kindLabel: institutionKindLabels[filing.kind],
      filedAt: filing.filedOn ? `${filing.filedOn.slice(0, 4)}年${Number(filing.filedOn.slice(5, 7))}月` : `${filing.filingYear}年`,
      uscc: institution.uscc,
    },
  };
}
