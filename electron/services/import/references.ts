import type { Database } from 'better-sqlite3';
import { findFiling } from '../../../db/repositories/filings';
import { findInstitutionByUscc } from '../../../db/repositories/institutions';
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

export function filingNotFound(ref: FilingRef): string {
  return `未找到统一社会信用代码为 ${ref.uscc}、备案号为 ${ref.filingNo} 的机构备案；请先导入机构名单`;
}
