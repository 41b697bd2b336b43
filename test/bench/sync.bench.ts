import { createDemoData } from '../../db/demo/generate';
import { openDatabase } from '../../db/open';
import { advanceInspectionStatus, createInspection } from '../../db/repositories/inspections';
import { saveAnswer } from '../../db/repositories/answers';
import { buildBundle } from '../../electron/services/sync/field/bundle-export';
import { importPack } from '../../electron/services/sync/field/pack-import';
import { importBundle } from '../../electron/services/sync/office/bundle-import';
import { enrollInspector } from '../../electron/services/sync/office/enroll';
import { initOffice, unlockOffice } from '../../electron/services/sync/office/office-keys';
import { exportPack, withForm } from '../../electron/services/sync/office/pack-export';
import { makeTempDir } from '../support/temp';
import type { BenchCase } from './harness';

const INSPECTIONS = 1000;
const PIN = '246810';
const KEY_PASSPHRASE = 'laptop-passphrase-2023';

/** A field database with 1,000 signed inspections (answers of the Shanxi form) spread over the 21 demo filings. */
function setUp() {
  const temp = makeTempDir('sync-bench-');
  const now = new Date();
  const office = openDatabase(temp.file('office.sqlite'), { create: true }).db;
  createDemoData(office);
  initOffice(office, { officeName: '阳泉市人力资源和社会保障局', passphrase: 'bench-passphrase', now });
  const keys = unlockOffice(office, 'bench-passphrase');
  const filings = office.prepare('SELECT id, institution_id FROM filings ORDER BY id').all() as { id: number; institution_id: number }[];
  const enrolment = enrollInspector(office, keys, { inspectorName: '张三', deviceKey: 'laptop-01', pin: PIN, now });
  const pack = exportPack(office, keys, {
    deviceKey: 'laptop-01',
    assignments: withForm(
      filings.map((f) => f.id),
      'shanxi-renewal-2023',
    ),
    now,
    appVersion: 'bench',
  });
  const field = openDatabase(temp.file('field.sqlite'), { create: true }).db;
  importPack(field, { bytes: pack.bytes, pkcs12: enrolment.pkcs12, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now });
  field.transaction(() => {
    for (let i = 0; i < INSPECTIONS; i += 1) {
      const filing = filings[i % filings.length] as { id: number; institution_id: number };
      const inspection = createInspection(
        field,
        {
          institutionId: filing.institution_id,
          filingId: filing.id,
          templateId: 'shanxi-renewal-2023',
          templateVersion: '2023.1',
          panel: [{ name: '张三', role: 'lead' }],
          inspectionDate: '2023-09-05',
        },
        '张三',
      );
      for (const item of ['1.1.1', '1.2.1', '2.1.1', '3.1.1', '4.1.1'])
        saveAnswer(field, { inspectionId: inspection.id, itemId: item, answer: { deductions: {} }, actor: '张三' });
      advanceInspectionStatus(field, inspection.id, 'signed', '张三');
    }
  })();
  return { temp, office, keys, field, now };
}

export const cases: BenchCase[] = [
  {
    name: `sync: ${INSPECTIONS}-inspection result bundle`,
    run() {
      const world = setUp();
      try {
        let start = performance.now();
        const bundle = buildBundle(world.field, { keyPassphrase: KEY_PASSPHRASE, now: world.now, appVersion: 'bench', dataDir: world.temp.dir });
        const exportMs = performance.now() - start;
        start = performance.now();
        const report = importBundle(world.office, bundle.bytes, world.keys, world.now);
        const importMs = performance.now() - start;
        start = performance.now();
        importBundle(world.office, bundle.bytes, world.keys, world.now);
        const againMs = performance.now() - start;
        return [
          {
            name: 'bundle export (collect, sign, encrypt)',
            value: exportMs,
            unit: 'ms',
            note: `${(bundle.bytes.length / 1024 / 1024).toFixed(1)} MB`,
          },
          { name: 'bundle import incl. verification', value: importMs, unit: 'ms', goal: '≤ 3000 ms', note: `${report.added} added` },
          { name: 'same bundle again (verify, no-op)', value: againMs, unit: 'ms' },
        ];
      } finally {
        world.office.close();
        world.field.close();
        world.temp.cleanup();
      }
    },
  },
];
