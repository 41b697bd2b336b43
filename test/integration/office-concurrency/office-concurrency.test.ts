import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/engine';
import { PgDatabase } from '../../../db/engine/pg/pg-database';
import { listReview } from '../../../electron/services/sync/review/review-list';
import { errorRegistry } from '../../../shared/errors';
import { postgresAdminUrl, testEngines } from '../../support/postgres';
import { exportBundle, filingsOfYear, inspect, makeWorld, PASSPHRASE, type Office } from '../sync/sync-fixtures';
import { runOfficeProcesses, startOfficeProcess } from './office-processes';

// Several office PCs on one store: each office is a real child process (office-process.ts), released at the same
// moment. On PostgreSQL they share one database; on SQLite one file, to show the semantics are the same.

/** The tables an import writes: equal counts before and after a failed import mean nothing was half-written. */
const importTables = [
  'inspections',
  'answers',
  'findings',
  'signatures',
  'evidence',
  'sync_imported_inspections',
  'sync_imported_files',
  'sync_imports',
  'sync_device_state',
  'sync_device_audit',
] as const;

function rowCounts(db: Database): Record<string, number> {
  return Object.fromEntries(importTables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
}

describe.each(testEngines)('two office processes on one %s store', (engine) => {
  let world: ReturnType<typeof makeWorld>;
  let office: Office;
  const bundles: Record<string, string> = {};
  let goCount = 0;
  const goFile = () => world.temp.file(`go-${(goCount += 1)}`);

  beforeAll(async () => {
    world = makeWorld();
    office = world.office('office.sqlite', engine);
    const filings = filingsOfYear(office.db, 2020);
    // One laptop per bundle: the same bundle twice, two devices at once, and a larger one to cut mid-import.
    const laptops: [string, string, number[]][] = [
      ['laptop-01', '张三', filings.slice(0, 1)],
      ['laptop-02', '李四', filings.slice(1, 2)],
      ['laptop-03', '王五', filings.slice(2, 3)],
      ['laptop-04', '赵六', filings.slice(3, 6)],
    ];
    for (const [deviceKey, name, ids] of laptops) {
      const field = world.field(office, deviceKey, name, ids);
      for (const id of ids) await inspect(field, id);
      const path = world.temp.file(`${deviceKey}.bundle`);
      writeFileSync(path, exportBundle(world, field, `${deviceKey}-export.bundle`));
      bundles[deviceKey] = path;
    }
  }, 300_000);
  afterAll(() => world?.close());

  it('the same bundle imported by two processes at the same moment is imported once; the other changes nothing', async () => {
    const before = rowCounts(office.db);
    const runs = await runOfficeProcesses(office.path, PASSPHRASE, goFile(), [
      { kind: 'import', bundles: [bundles['laptop-01']!] },
      { kind: 'import', bundles: [bundles['laptop-01']!] },
    ]);
    const statuses = runs.map((run) => (run.output.ok ? (run.output.results[0] as { status: string }).status : run.output.message));
    expect(statuses.sort()).toEqual(['alreadyImported', 'imported']);
    const after = rowCounts(office.db);
    expect(after['sync_imports']).toBe(before['sync_imports']! + 1);
    expect(after['sync_imported_inspections']).toBe(before['sync_imported_inspections']! + 1);
    expect(after['inspections']).toBe(before['inspections']! + 1);
  }, 120_000);

  it('two reviewers deciding on the same state: one decision is kept, the other gets OFFICE_REVIEW_CONFLICT naming it', async () => {
    const [item] = listReview(office.db).filter((i) => i.deviceKey === 'laptop-01');
    expect(item?.reviewStatus).toBe('pending');
    const seen = { reviewStatus: item!.reviewStatus, reviewedAt: item!.reviewedAt };
    const runs = await runOfficeProcesses(office.path, PASSPHRASE, goFile(), [
      { kind: 'review', importedId: item!.importedId, decision: 'accepted', actor: '王科长', seen },
      { kind: 'review', importedId: item!.importedId, decision: 'returned', comment: '请补拍现场照片', actor: '李科员', seen },
    ]);
    const kept = runs.filter((run) => run.output.ok);
    const refused = runs.flatMap((run) => (run.output.ok ? [] : [run.output]));
    expect(kept).toHaveLength(1);
    expect(
      refused.map((r) => r.code),
      refused.map((r) => r.message).join('\n'),
    ).toEqual(['OFFICE_REVIEW_CONFLICT']);
    const winner = kept[0]!.output.ok ? (kept[0]!.output.results[0] as { reviewStatus: string; reviewedBy: string }) : null;
    const stored = listReview(office.db).find((i) => i.importedId === item!.importedId)!;
    // Nothing lost: the stored decision is the one that was kept, and the refusal names who took it.
    expect(stored.reviewStatus).toBe(winner?.reviewStatus);
    expect(stored.reviewedBy).toBe(winner?.reviewedBy);
    expect(refused[0]!.message).toContain(stored.reviewedBy!);
    expect(refused[0]!.message).toContain(stored.reviewedAt!);
    expect(errorRegistry.OFFICE_REVIEW_CONFLICT).toMatchObject({ zh: expect.stringContaining('{by}'), en: expect.stringContaining('{by}') });
    const audit = office.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'review' AND entity_id = ?")
      .get(String(item!.importedId)) as {
      n: number;
    };
    expect(audit.n).toBe(1);
  }, 120_000);

  it('bundles of two devices imported at once: both kept, each device at its own sequence, office ids unique', async () => {
    const runs = await runOfficeProcesses(office.path, PASSPHRASE, goFile(), [
      { kind: 'import', bundles: [bundles['laptop-02']!] },
      { kind: 'import', bundles: [bundles['laptop-03']!] },
    ]);
    expect(runs.map((run) => (run.output.ok ? (run.output.results[0] as { status: string }).status : run.output.message))).toEqual([
      'imported',
      'imported',
    ]);
    const states = office.db
      .prepare("SELECT device_key, last_sequence FROM sync_device_state WHERE device_key IN ('laptop-02', 'laptop-03') ORDER BY device_key")
      .all();
    expect(states).toEqual([
      { device_key: 'laptop-02', last_sequence: 1 },
      { device_key: 'laptop-03', last_sequence: 1 },
    ]);
    const ids = office.db.prepare('SELECT inspection_id FROM sync_imported_inspections').all() as { inspection_id: number }[];
    expect(new Set(ids.map((r) => r.inspection_id)).size).toBe(ids.length);
  }, 120_000);

  it('enrolments from two processes at once: every device registered once, serials unique, one inspector per name', async () => {
    const runs = await runOfficeProcesses(office.path, PASSPHRASE, goFile(), [
      {
        kind: 'enroll',
        enrolments: [
          { inspectorName: '孙七', deviceKey: 'laptop-a1' },
          { inspectorName: '周八', deviceKey: 'laptop-a2' },
        ],
      },
      {
        kind: 'enroll',
        enrolments: [
          { inspectorName: '孙七', deviceKey: 'laptop-b1' },
          { inspectorName: '吴九', deviceKey: 'laptop-b2' },
        ],
      },
    ]);
    expect(runs.map((run) => run.output.ok || run.output.message)).toEqual([true, true]);
    const enrolled = runs.flatMap((run) => (run.output.ok ? (run.output.results as { serial: string; inspectorId: number }[]) : []));
    expect(new Set(enrolled.map((e) => e.serial)).size).toBe(4);
    const devices = office.db.prepare("SELECT device_key FROM devices WHERE device_key LIKE 'laptop-_%' ORDER BY device_key").all() as {
      device_key: string;
    }[];
    expect(devices.map((d) => d.device_key).filter((k) => /laptop-[ab]\d/.test(k))).toEqual(['laptop-a1', 'laptop-a2', 'laptop-b1', 'laptop-b2']);
    const sun = office.db.prepare("SELECT id FROM inspectors WHERE name = '孙七'").all() as { id: number }[];
    expect(sun).toHaveLength(1);
    expect(enrolled.filter((e, i) => i % 2 === 0).map((e) => e.inspectorId)).toEqual([sun[0]!.id, sun[0]!.id]);
  }, 120_000);

  it.runIf(engine === 'postgres')(
    'a connection cut mid-import leaves nothing half-written, and the same import then succeeds',
    async () => {
      const before = rowCounts(office.db);
      const cut = startOfficeProcess(
        office.path,
        PASSPHRASE,
        goFile(),
        { kind: 'import', bundles: [bundles['laptop-04']!] },
        { SKILL_INSPECTOR_CRASH_POINT: 'bundle-import:halfway', SKILL_INSPECTOR_CRASH_POINT_RESUME_MS: '4000' },
      );
      await cut.saw('CRASH_POINT bundle-import:halfway');
      const database = new URL(office.path).pathname.slice(1);
      const admin = new PgDatabase(postgresAdminUrl());
      let terminated: unknown[];
      try {
        // Only the importer: it waits inside its transaction; the test's own connection is idle outside one.
        terminated = admin
          .prepare(
            `SELECT pg_terminate_backend(pid) AS gone FROM pg_stat_activity
              WHERE application_name = 'skill-inspector' AND datname = ? AND state = 'idle in transaction'`,
          )
          .all(database);
      } finally {
        admin.close();
      }
      expect(terminated).toHaveLength(1);
      const failed = await cut.done;
      expect(failed.output.ok).toBe(false);
      expect(rowCounts(office.db)).toEqual(before);

      const [retried] = await runOfficeProcesses(office.path, PASSPHRASE, goFile(), [{ kind: 'import', bundles: [bundles['laptop-04']!] }]);
      expect(retried!.output.ok && retried!.output.results[0]).toMatchObject({ status: 'imported', added: 3 });
      const after = rowCounts(office.db);
      expect(after['sync_imported_inspections']).toBe(before['sync_imported_inspections']! + 3);
      expect(after['sync_imports']).toBe(before['sync_imports']! + 1);
    },
    120_000,
  );
});
