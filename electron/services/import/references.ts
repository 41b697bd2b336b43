import type { Database } from '../../../db/engine';
import { findFiling } from '../../../db/repositories/filings';
import { findInstitutionByUscc } from '../../../db/repositories/institutions';
import type { RowReason } from '../../../shared/domain/validation/validation-result';
import { filingRefKey, type FilingRef } from '../../../shared/import/kinds/filing-ref';

/** Finds filings by USCC + filing number, remembering answers: a roster repeats the same filing on every row. */
export function createFilingLookup(db: Database): (ref: FilingRef) => number | null {
  const cache = new Map<string, number | null>();
  return (ref) => {
    const key = filingRefKey(ref);
    let id = cache.get(key);
    if (id === undefined) {
      const institution = findInstitutionByUscc(db, ref.uscc);
      id = institution ? (findFiling(db, institution.id, ref.filingNo)?.id ?? null) : null;
      cache.set(key, id);
    }
    return id;
  };
}

export function filingNotFound(ref: FilingRef): RowReason {
  return { code: 'ROW_FILING_NOT_FOUND', params: { uscc: ref.uscc, filingNo: ref.filingNo } };
}
