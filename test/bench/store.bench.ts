import type { Database } from '../../db/engine';
import { openDatabase } from '../../db/open';
import { saveAnswer } from '../../db/repositories/answers';
import { insertBatch } from '../../db/repositories/batches';
import { insertCandidate } from '../../db/repositories/candidates';
import { upsertFiledOccupation } from '../../db/repositories/filed-occupations';
import { insertFiling } from '../../db/repositories/filings';
import { createInspection } from '../../db/repositories/inspections';
import { insertInstitution } from '../../db/repositories/institutions';
import { searchInstitutions, type InstitutionSearch } from '../../db/repositories/institution-search';
import { inTransaction } from '../../db/sql';
import { DemoRandom } from '../../db/demo/prng';
import { makeTempDir } from '../support/temp';
import { median, percentile, timeIt, type BenchCase, type BenchRow } from './harness';

const INSTITUTIONS = 10_000;
const BATCHES_PER_INSTITUTION = 10;
const CANDIDATES_PER_BATCH = 10;
const REGIONS = ['阳泉市城区', '阳泉市矿区', '阳泉市郊区', '阳泉市平定县', '阳泉市盂县', '太原市小店区', '大同市平城区', '长治市潞州区'];
const WORDS = ['热力', '煤业', '家政', '建业', '职业技术', '职业培训', '茶文化', '健康管理', '美容美发', '人力资源', '电力', '机械'];
const ON_DATE = '2023-08-31';

/** 10k institutions (one filing each), 100k batches, 1M candidates, bulk-inserted in one transaction. */
export function buildLargeStore(db: Database): void {
  const random = new DemoRandom(7);
  inTransaction(db, () => {
    for (let i = 0; i < INSTITUTIONS; i++) {
      const serial = String(i).padStart(6, '0');
      const institutionId = insertInstitution(db, {
        uscc: `91140${serial}${String(i * 7919)
          .padStart(7, '0')
          .slice(-7)}`,
        name: `${random.pick(REGIONS).slice(0, 3)}${random.pick(WORDS)}${serial}有限公司`,
        region: random.pick(REGIONS),
      });
      const filingYear = random.int(2019, 2023);
      const filedOn = `${filingYear}-${String(random.int(1, 12)).padStart(2, '0')}-15`;
      const filingId = insertFiling(db, {
        institutionId,
        kind: random.pick(['enterprise', 'college', 'socialOrg'] as const),
        listedName: `机构${serial}`,
        filingNo: `S14${serial}`,
        filingYear,
        filedOn,
        validFrom: filedOn,
        validTo: `${filingYear + 3}-${filedOn.slice(5, 7)}-14`,
      });
      const filedOccupationId = upsertFiledOccupation(db, { filingId, code: '6-31-01-03', name: '电工', levels: ['level5', 'level4'] });
      for (let b = 0; b < BATCHES_PER_INSTITUTION; b++) {
        const batchId = insertBatch(db, {
          filingId,
          filedOccupationId,
          level: 'level5',
          batchNo: `B${b}`,
          examDate: `202${random.int(0, 3)}-06-${String(10 + b).padStart(2, '0')}`,
        });
        for (let c = 0; c < CANDIDATES_PER_BATCH; c++) {
          insertCandidate(db, {
            batchId,
            name: '张伟',
            idNumber: `1403021990${String(batchId * 10 + c).padStart(8, '0')}`,
            uploadedNational: c % 9 !== 0,
          });
        }
      }
    }
  });
}

/** The disk's floor: one one-row commit under the same pragmas (WAL, synchronous=FULL), i.e. one fsync. */
function commitFloor(file: string): BenchRow {
  const { db } = openDatabase(file, { create: true });
  try {
    const insert = db.prepare(`INSERT INTO app_meta (key, value) VALUES ('probe', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    let n = 0;
    const times = timeIt(() => {
      insert.run(String((n += 1)));
    }, 300);
    return {
      name: 'bare one-row commit, same pragmas (p95)',
      value: percentile(times, 95),
      unit: 'ms',
      note: `median ${median(times).toFixed(3)} ms: the fsync floor of this disk`,
    };
  } finally {
    db.close();
  }
}

function searchRow(db: Database, name: string, criteria: InstitutionSearch): BenchRow {
  let found = 0;
  const times = timeIt(() => {
    found = searchInstitutions(db, { limit: 200, ...criteria }, ON_DATE).length;
  }, 50);
  return {
    name: `search ${name} (p95)`,
    value: percentile(times, 95),
    unit: 'ms',
    goal: '≤ 10 ms',
    note: `median ${median(times).toFixed(2)} ms, ${found} rows (page of 200)`,
  };
}

export const cases: BenchCase[] = [
  {
    name: 'store 10k/100k/1M',
    run() {
      const temp = makeTempDir('skill-inspector-bench-');
      const { db } = openDatabase(temp.file('bench.sqlite'), { create: true });
      try {
        const start = performance.now();
        buildLargeStore(db);
        const buildMs = performance.now() - start;
        const rows: BenchRow[] = [
          {
            name: 'bulk insert 10k inst. / 100k batches / 1M candidates',
            value: buildMs / 1000,
            unit: 's',
            note: 'one transaction, repository inserts',
          },
        ];
        rows.push(searchRow(db, 'by name', { query: '煤业0042' }));
        rows.push(searchRow(db, 'by name (broad)', { query: '热力' }));
        rows.push(searchRow(db, 'by USCC prefix', { query: '91140000123' }));
        rows.push(searchRow(db, 'by filing number', { query: 'S14009999' }));
        rows.push(searchRow(db, 'by region', { region: '阳泉市盂县' }));
        rows.push(searchRow(db, 'by status', { status: 'renewalWindow' }));
        rows.push(searchRow(db, 'by status (rare, full scan)', { status: 'filedUnderOneYear', region: '长治市潞州区', kind: 'college' }));

        const inspection = createInspection(
          db,
          {
            institutionId: 1,
            filingId: 1,
            templateId: 'shanxi-renewal-2023',
            templateVersion: '2023.1',
            panel: [{ name: '李评估', role: 'lead' }],
            inspectionDate: '2023-09-10',
          },
          '李评估',
        );
        let n = 0;
        const times = timeIt(() => {
          n += 1;
          saveAnswer(db, {
            inspectionId: inspection.id,
            itemId: `1.${n % 5}.1`,
            answer: { deductions: { a: [{ count: n }] }, note: `第${n}次保存` },
            actor: '李评估',
          });
        }, 500);
        rows.push({
          name: 'autosave one answer + audit entry (p95)',
          value: percentile(times, 95),
          unit: 'ms',
          goal: '≤ 2 ms p95',
          note: `median ${median(times).toFixed(3)} ms, synchronous=FULL, WAL`,
        });
        rows.push(commitFloor(temp.file('floor.sqlite')));
        // Measurement only: the same autosave without the fsync shows what the store's own work costs.
        db.pragma('synchronous = OFF');
        const cpu = timeIt(() => {
          n += 1;
          saveAnswer(db, {
            inspectionId: inspection.id,
            itemId: `1.${n % 5}.1`,
            answer: { deductions: { a: [{ count: n }] }, note: `第${n}次保存` },
            actor: '李评估',
          });
        }, 500);
        db.pragma('synchronous = FULL');
        rows.push({
          name: 'autosave work without fsync (p95)',
          value: percentile(cpu, 95),
          unit: 'ms',
          note: `median ${median(cpu).toFixed(3)} ms, synchronous=OFF for this row only`,
        });
        return rows;
      } finally {
        db.close();
        temp.cleanup();
      }
    },
  },
];
