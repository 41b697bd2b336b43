import type { Database } from '../engine';
import { templateHash } from '../../shared/domain/templates/hash';
import type { Template } from '../../shared/domain/templates/types';
import { registerBuiltinFormTemplates } from '../builtin-form-templates';
import type { FilingRecord, InstitutionRecord } from '../../shared/store/records';
import { getFiling } from '../repositories/filings';
import { getInstitution } from '../repositories/institutions';
import { createInspection } from '../repositories/inspections';
import { DEMO_INSPECTORS } from './demo-panel';

/** A demo inspection opened by the demo panel at the institution's address, as inspections:create would open it. */
export function newDemoInspection(
  db: Database,
  input: { filingId: number; template: Template; inspectionDate: string; at: string },
): { inspectionId: number; filing: FilingRecord; institution: InstitutionRecord } {
  const filing = getFiling(db, input.filingId);
  const institution = filing ? getInstitution(db, filing.institutionId) : null;
  if (!filing || !institution) throw new Error(`demo filing #${input.filingId} not found`);
  registerBuiltinFormTemplates(db, input.at);
  const inspection = createInspection(
    db,
    {
      institutionId: institution.id,
      filingId: filing.id,
      templateId: input.template.id,
      templateVersion: input.template.version,
      templateHash: templateHash(input.template),
      panel: DEMO_INSPECTORS.map((m) => ({ name: m.name, role: m.role })),
      inspectionDate: input.inspectionDate,
      site: institution.address ?? '',
    },
    DEMO_INSPECTORS[0].name,
    input.at,
  );
  return { inspectionId: inspection.id, filing, institution };
}
