import type { Database } from '../../../../db/engine';
import { openDatabase } from '../../../../db/open';
import { saveAnswer } from '../../../../db/repositories/answers';
import { advanceInspectionStatus, createInspection } from '../../../../db/repositories/inspections';
import { buildBundle } from '../../../../electron/services/sync/field/bundle-export';
import { importPack } from '../../../../electron/services/sync/field/pack-import';
import { enrollInspector } from '../../../../electron/services/sync/office/enroll';
import type { UnlockedOffice } from '../../../../electron/services/sync/office/office-keys';
import { exportPack, withForm } from '../../../../electron/services/sync/office/pack-export';
import { ANSWERED_ITEMS, TEMPLATE } from './seed-province';

const PIN = '246810';
const KEY_PASSPHRASE = 'laptop-passphrase-2023';

/**
 * A real result bundle of `count` signed inspections, built as the sync bench builds it: a new laptop is enrolled at
 * this office, loads a pack of `filingIds`, answers the Shanxi form on each and exports. The laptop is SQLite always.
 */
export function buildFieldBundle(
  office: Database,
  keys: UnlockedOffice,
  input: { filingIds: number[]; count: number; fieldFile: string; dataDir: string; now: Date },
): Buffer {
  const { now } = input;
  const enrolment = enrollInspector(office, keys, { inspectorName: '王建国', deviceKey: 'laptop-bench', pin: PIN, now });
  const pack = exportPack(office, keys, { deviceKey: 'laptop-bench', assignments: withForm(input.filingIds, TEMPLATE.id), now, appVersion: 'bench' });
  const field = openDatabase(input.fieldFile, { create: true }).db;
  try {
    importPack(field, { bytes: pack.bytes, pkcs12: enrolment.pkcs12, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now });
    const filings = input.filingIds.map(
      (id) => field.prepare('SELECT id, institution_id FROM filings WHERE id = ?').get(id) as { id: number; institution_id: number },
    );
    field.transaction(() => {
      for (let i = 0; i < input.count; i += 1) {
        const filing = filings[i % filings.length] as { id: number; institution_id: number };
        const inspection = createInspection(
          field,
          {
            institutionId: filing.institution_id,
            filingId: filing.id,
            templateId: TEMPLATE.id,
            templateVersion: TEMPLATE.version,
            panel: [{ name: '王建国', role: 'lead' }],
            inspectionDate: '2023-09-05',
          },
          '王建国',
        );
        for (const item of ANSWERED_ITEMS)
          saveAnswer(field, { inspectionId: inspection.id, itemId: item, answer: { deductions: {} }, actor: '王建国' });
        advanceInspectionStatus(field, inspection.id, 'signed', '王建国');
      }
    })();
    return buildBundle(field, { keyPassphrase: KEY_PASSPHRASE, now, appVersion: 'bench', dataDir: input.dataDir }).bytes;
  } finally {
    field.close();
  }
}
