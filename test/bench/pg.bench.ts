import { loadavg } from 'node:os';
import type { Database } from '../../db/engine';
import { PgDatabase } from '../../db/engine/pg/pg-database';
import { searchInstitutions, type InstitutionSearch } from '../../db/repositories/institution-search';
import { importBundle } from '../../electron/services/sync/office/bundle-import';
import { initOffice, unlockOffice } from '../../electron/services/sync/office/office-keys';
import { buildOpinionSummary } from '../../electron/services/sync/review/opinion-summary';
import { listReviewPage } from '../../electron/services/sync/review/review-list';
import { scoreInspections } from '../../electron/services/sync/review/score-inspection';
import { requireInspection } from '../../db/repositories/inspections';
import { REVIEW_PAGE_SIZE } from '../../shared/ipc/channels/sync';
import { postgresAdminUrl, postgresDisabled } from '../support/postgres';
import { median, percentile, timeIt, type BenchCase, type BenchRow } from './harness';
import { buildFieldBundle } from './support/province/field-bundle';
import { openProvinceStore, type BenchEngine } from './support/province/province-store';
import { provinceSize, seedProvince, WORDS, type ProvinceSize } from './support/province/seed-province';

// Issue 17 §6: the same app functions on a province-sized office, on SQLite and on PostgreSQL, printed side by side.
const SCALE = Number(process.env.BENCH_PROVINCE_SCALE ?? '1');
if (!(SCALE > 0)) throw new Error(`BENCH_PROVINCE_SCALE must be a positive number, not ${process.env.BENCH_PROVINCE_SCALE}`);
const BUNDLE_INSPECTIONS = 1000;
const ON_DATE = '2023-08-31';
const PASSPHRASE = 'province-bench-passphrase';
/**
 * BENCH_PROVINCE_ONLY=import measures the bundle import alone, =search the institution searches alone (seeding still
 * runs; =search builds no bundle): quicker when working on one of them.
 */
const ONLY = process.env.BENCH_PROVINCE_ONLY ?? '';
if (ONLY !== '' && ONLY !== 'import' && ONLY !== 'search') throw new Error(`BENCH_PROVINCE_ONLY may be 'import' or 'search', not ${ONLY}`);
const ENGINE_LABEL: Record<BenchEngine, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

const nameKeyOf = (n: number) => `${WORDS[n % WORDS.length]}${String(n).padStart(6, '0')}`;

/** The searches the institutions screen makes; the serial ones name a filing the seeded office holds. */
const searchesOf = (size: ProvinceSize): [string, InstitutionSearch][] => [
  ['by name', { query: nameKeyOf(Math.floor(size.filings * 0.42)) }],
  ['by name (broad)', { query: '热力' }],
  ['by USCC prefix', { query: '91140105' }],
  ['by filing number', { query: `晋评备${String(size.filings - 1).padStart(6, '0')}` }],
  ['by region', { region: '阳泉市盂县' }],
  ['by status', { status: 'renewalWindow' }],
];

interface Measured {
  key: string;
  name: string;
  value: number;
  unit: string;
  goal?: string;
  note: string;
}

/** One engine's whole run: seed, build a real bundle for it, measure the four operations. */
function measureEngine(engine: BenchEngine, size: ProvinceSize): Measured[] {
  const store = openProvinceStore(engine);
  const { db } = store;
  try {
    const now = new Date();
    initOffice(db, { officeName: '山西省人力资源和社会保障厅', passphrase: PASSPHRASE, now });
    const keys = unlockOffice(db, PASSPHRASE);
    process.stderr.write(
      `  ${engine}: seeding ${size.filings} filings, ${size.filings * size.candidatesPerFiling} candidates, ${size.inspections} inspections\n`,
    );
    let start = performance.now();
    seedProvince(db, size);
    const seedMs = performance.now() - start;
    // PostgreSQL's statistics and visibility map as autovacuum leaves them in a store in use; the app never runs
    // ANALYZE on SQLite, so neither does the bench (its plans must hold without sqlite_stat1).
    if (engine === 'postgres') db.exec('VACUUM ANALYZE');
    const rows: Measured[] = [
      { key: 'seed', name: 'seeding (not a goal)', value: seedMs / 1000, unit: 's', note: 'multi-row INSERT, 500 rows a statement' },
    ];
    if (ONLY !== 'search') {
      // The bundle's 21 filings are past the seeded inspections (each seeded filing already has its round's inspection).
      const filingIds = Array.from({ length: 21 }, (_, i) => size.filings - i);
      const bundle = buildFieldBundle(db, keys, {
        filingIds,
        count: BUNDLE_INSPECTIONS,
        fieldFile: store.temp.file('field.sqlite'),
        dataDir: store.temp.dir,
        now,
      });

      progress(engine, `seeded in ${(seedMs / 1000).toFixed(1)} s; importing the bundle`);
      const tripsBefore = roundTrips(db);
      start = performance.now();
      const report = importBundle(db, bundle, keys, now);
      const importMs = performance.now() - start;
      const trips = roundTrips(db) - tripsBefore;
      rows.push({
        key: 'import',
        name: `bundle import, ${BUNDLE_INSPECTIONS} inspections`,
        value: importMs,
        unit: 'ms',
        goal: '≤ 3000 ms',
        note: `${report.added} added, ${(bundle.length / 1048576).toFixed(1)} MB${Number.isNaN(trips) ? '' : `, ${trips} round trips`}`,
      });
    }
    if (ONLY === 'import') return rows;

    for (const [label, criteria] of searchesOf(size)) {
      let found = 0;
      const times = timeIt(
        () => {
          found = searchInstitutions(db, { limit: 200, ...criteria }, ON_DATE).length;
        },
        30,
        3,
      );
      rows.push({
        key: `search ${label}`,
        name: `search ${label} (p95)`,
        value: percentile(times, 95),
        unit: 'ms',
        goal: '≤ 20 ms',
        note: `median ${median(times).toFixed(2)} ms, ${found} rows (page of 200)`,
      });
    }

    if (ONLY === 'search') return rows;

    progress(engine, 'summary and review list (one run each when slow)');
    const summary = repeat(() => buildOpinionSummary(db));
    const counted = summary.result.years.reduce((n, year) => n + year.rows.length, 0);
    rows.push({
      key: 'summary',
      name: '附件4 summary, whole round (sync:summary)',
      value: summary.median,
      unit: 'ms',
      goal: '≤ 1000 ms',
      note: `${summary.note}; ${counted} rows, ${summary.result.excluded.length} excluded`,
    });

    // One page of the review tab (sync:reviewList): the first, and one halfway down the list (OFFSET by the primary key).
    const total = listReviewPage(db, { limit: 1, offset: 0 }).total;
    for (const [label, offset] of [
      ['first page', 0],
      ['page in the middle', Math.floor(total / 2 / REVIEW_PAGE_SIZE) * REVIEW_PAGE_SIZE],
    ] as const) {
      let page = listReviewPage(db, { limit: REVIEW_PAGE_SIZE, offset });
      const times = timeIt(
        () => {
          page = listReviewPage(db, { limit: REVIEW_PAGE_SIZE, offset });
        },
        10,
        2,
      );
      // The share of scoring the page's inspections (scoreInspections), timed alone on the same inspections.
      const inspections = page.items.map((item) => requireInspection(db, item.inspectionId));
      const scoring = timeIt(() => scoreInspections(db, inspections), 10, 2);
      rows.push({
        key: `review ${label}`,
        name: `review list, ${label} (sync:reviewList, p95)`,
        value: percentile(times, 95),
        unit: 'ms',
        goal: '≤ 50 ms',
        note: `median ${median(times).toFixed(1)} ms, of it scoring ${median(scoring).toFixed(1)} ms; ${page.items.length} items from ${offset} of ${page.total}`,
      });
    }
    return rows;
  } finally {
    store.close();
  }
}

/** Statements sent to PostgreSQL so far (NaN on SQLite, which has no round trips). */
const roundTrips = (db: Database): number => (db instanceof PgDatabase ? db.roundTrips : Number.NaN);

const progress = (engine: BenchEngine, what: string) => process.stderr.write(`  ${ENGINE_LABEL[engine]}: ${what}\n`);

/** Heavy calls run once, repeated up to 5 times while each takes under a second; the median is reported. */
function repeat<T>(work: () => T): { result: T; median: number; note: string } {
  const times: number[] = [];
  let result: T | undefined;
  do {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  } while (times.length < 5 && (times[times.length - 1] as number) < 1000);
  times.sort((a, b) => a - b);
  return { result: result as T, median: median(times), note: times.length === 1 ? 'one run' : `median of ${times.length}` };
}

/**
 * Both engines, or SQLite only when SKILL_INSPECTOR_PG=off (said in the table). BENCH_PROVINCE_ENGINES=postgres runs one
 * engine's half alone, for a 2-core machine where a full run of both takes long.
 */
function enginesToRun(): BenchEngine[] {
  const wanted = (process.env.BENCH_PROVINCE_ENGINES ?? 'sqlite,postgres').split(',').map((e) => e.trim());
  const engines = (['sqlite', 'postgres'] as const).filter((engine) => wanted.includes(engine) && !(engine === 'postgres' && postgresDisabled));
  if (engines.length === 0) throw new Error(`BENCH_PROVINCE_ENGINES=${process.env.BENCH_PROVINCE_ENGINES}: name sqlite and/or postgres`);
  // Fails now, with the setup hint, rather than after the SQLite half when SKILL_INSPECTOR_PG_URL is missing.
  if (engines.includes('postgres')) postgresAdminUrl();
  return engines;
}

export const cases: BenchCase[] = [
  {
    name: `province ×${SCALE}`,
    run(): BenchRow[] {
      const size = provinceSize(SCALE);
      const engines = enginesToRun();
      const byEngine = new Map(engines.map((engine) => [engine, measureEngine(engine, size)]));
      const scale = `scale ${SCALE}: ${size.filings} filings, ${size.filings * size.candidatesPerFiling} candidates, ${size.inspections} inspections / ${size.devices} devices`;
      const rows: BenchRow[] = [{ name: 'office size', value: SCALE, unit: '×', note: `${scale}; load average ${(loadavg()[0] ?? 0).toFixed(1)}` }];
      if (postgresDisabled) rows.push({ name: 'PostgreSQL', value: Number.NaN, unit: '', note: 'SKILL_INSPECTOR_PG=off: SQLite only' });
      for (const measured of byEngine.get(engines[0] as BenchEngine) ?? []) {
        const onSqlite = byEngine.get('sqlite')?.find((r) => r.key === measured.key);
        for (const engine of engines) {
          const row = byEngine.get(engine)?.find((r) => r.key === measured.key);
          if (!row) continue;
          const ratio = engine === 'postgres' && onSqlite && onSqlite.value > 0 ? `, ×${(row.value / onSqlite.value).toFixed(1)} SQLite` : '';
          rows.push({
            name: `${row.name} · ${ENGINE_LABEL[engine]}`,
            value: row.value,
            unit: row.unit,
            ...(row.goal ? { goal: row.goal } : {}),
            note: row.note + ratio,
          });
        }
      }
      return rows;
    },
  },
];
