import { upsertFiling, findFiling } from '../../../db/repositories/filings';
import { findInstitutionByUscc, upsertInstitutionByUscc } from '../../../db/repositories/institutions';
import type { InstitutionImportRecord } from '../../../shared/import/kinds';
import { keepUnless, tally, type KindWriter } from './writer';

/**
 * R-INS-01..02. The legal entity is matched by USCC and its filing by USCC + filing number, so re-importing
 * updates in place. Columns missing from the file keep their stored values.
 */
export const institutionWriter: KindWriter<InstitutionImportRecord, null> = {
  resolve: (_ctx, rows) => ({ ready: rows.map((row) => ({ ...row, target: null })), errors: [] }),
  write(ctx, ready) {
    const { db } = ctx;
    return tally(ready, ({ record }) => {
      const stored = findInstitutionByUscc(db, record.uscc);
      const institution = upsertInstitutionByUscc(db, {
        uscc: record.uscc,
        // The entity keeps its first name: lists append 企业/院校 to the same entity under another kind (004 附件1).
        name: stored?.name ?? record.name,
        region: keepUnless(ctx, ['region'], record.region, stored?.region ?? null),
        address: keepUnless(ctx, ['address'], record.address, stored?.address ?? null),
        contact: keepUnless(ctx, ['contact'], record.contact, stored?.contact ?? null),
        phone: keepUnless(ctx, ['phone'], record.phone, stored?.phone ?? null),
        centralSoeBranch: record.centralSoeBranch ?? stored?.centralSoeBranch ?? false,
        demo: false,
      });
      const storedFiling = institution.created ? null : findFiling(db, institution.id, record.filingNo);
      const validity = ['validity', 'validFrom', 'validTo'];
      const filing = upsertFiling(db, {
        institutionId: institution.id,
        kind: record.kind,
        nature: keepUnless(ctx, ['nature'], record.nature, storedFiling?.nature ?? null),
        listedName: record.name,
        filingNo: record.filingNo,
        filingYear: record.filingYear,
        filedOn: record.filedOn ?? storedFiling?.filedOn ?? null,
        validFrom: keepUnless(ctx, validity, record.validFrom, storedFiling?.validFrom ?? null),
        validTo: keepUnless(ctx, validity, record.validTo, storedFiling?.validTo ?? null),
      });
      return filing;
    });
  },
};
