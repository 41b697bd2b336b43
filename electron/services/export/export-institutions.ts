import type { Database } from '../../../db/engine';
import { assertIntegrity } from '../../../db/backup';
import { getFiling } from '../../../db/repositories/filings';
import { searchInstitutions, type InstitutionSearch } from '../../../db/repositories/institution-search';
import { getInstitution } from '../../../db/repositories/institutions';
import { assertExportPath } from './export-path';
import { buildInstitutionsWorkbook, type InstitutionExportRow } from './institutions-xlsx';
import { writeWorkbookFile } from './xlsx-style';

export const INSTITUTIONS_EXPORT_TITLE = '职业技能等级认定评价机构名单';

/** Exports the filings matching the search (all by default) after a full integrity check. */
export async function exportInstitutions(
  db: Database,
  options: { path: string; search?: Pick<InstitutionSearch, 'query' | 'kind' | 'region' | 'filingYear' | 'status'>; today: string },
): Promise<{ path: string; rows: number }> {
  assertExportPath(options.path);
  assertIntegrity(db);
  const rows: InstitutionExportRow[] = [];
  for (const listed of searchInstitutions(db, options.search ?? {}, options.today)) {
    const filing = getFiling(db, listed.id);
    const institution = getInstitution(db, listed.institutionId);
    if (!filing || !institution) continue;
    rows.push({
      kind: filing.kind,
      name: filing.listedName,
      uscc: institution.uscc,
      filingNo: filing.filingNo,
      filingYear: filing.filingYear,
      validFrom: filing.validFrom,
      validTo: filing.validTo,
      region: institution.region,
      address: institution.address,
      contact: institution.contact,
      phone: institution.phone,
      nature: filing.nature,
      centralSoeBranch: institution.centralSoeBranch,
    });
  }
  await writeWorkbookFile(buildInstitutionsWorkbook(rows, INSTITUTIONS_EXPORT_TITLE), options.path);
  return { path: options.path, rows: rows.length };
}
