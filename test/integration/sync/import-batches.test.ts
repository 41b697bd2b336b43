import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/engine';
import { PgDatabase } from '../../../db/engine/pg/pg-database';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { buildFieldBundle } from '../../bench/support/province/field-bundle';
import { filingsOfYear, makeWorld, NOW, officeEngine, type Office } from './sync-fixtures';

// Bundle import writes its rows many to a statement (db/sql-batch.ts): on PostgreSQL the statements it sends must not
// grow with the inspections (issue 17 §6: 1,000 inspections in ≤ 3 s), and what it stores is what one-row inserts stored.
const INSPECTIONS = 100;
let world: ReturnType<typeof makeWorld>;
let office: Office;
let bundle: Buffer;

beforeAll(() => {
  world = makeWorld();
  office = world.office();
  bundle = buildFieldBundle(office.db, office.keys, {
    filingIds: filingsOfYear(office.db, 2020),
    count: INSPECTIONS,
    fieldFile: world.temp.file('field.sqlite'),
    dataDir: world.temp.dir,
    now: NOW,
  });
}, 300_000);
afterAll(() => world.close());

const roundTrips = (db: Database) => (db instanceof PgDatabase ? db.roundTrips : 0);
const count = (table: string) => Number((office.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);

describe(`bundle import in batches (office on ${officeEngine})`, () => {
  it('imports 100 inspections in fewer statements than inspections, each with its rows, ids in bundle order', () => {
    const before = roundTrips(office.db);
    const inspectionsBefore = count('inspections');
    const report = importBundle(office.db, bundle, office.keys, NOW);
    expect(report).toMatchObject({ status: 'imported', added: INSPECTIONS, unchanged: 0 });
    if (officeEngine === 'postgres') expect(roundTrips(office.db) - before).toBeLessThan(INSPECTIONS);

    expect(count('inspections')).toBe(inspectionsBefore + INSPECTIONS);
    const imported = office.db
      .prepare(
        `SELECT s.remote_id AS remote_id, s.inspection_id AS inspection_id, i.status AS status,
                (SELECT count(*) FROM answers a WHERE a.inspection_id = s.inspection_id) AS answers,
                (SELECT count(*) FROM inspection_template_pins p WHERE p.inspection_id = s.inspection_id) AS pins
           FROM sync_imported_inspections s JOIN inspections i ON i.id = s.inspection_id ORDER BY s.remote_id`,
      )
      .all() as { remote_id: number; inspection_id: number; status: string; answers: number; pins: number }[];
    expect(imported).toHaveLength(INSPECTIONS);
    const first = Number(imported[0]!.inspection_id);
    expect(imported.map((row) => Number(row.inspection_id))).toEqual(imported.map((_, i) => first + i));
    expect(new Set(imported.map((row) => `${row.status} ${row.answers} ${row.pins}`))).toEqual(new Set(['locked 5 1']));
    const audit = count('sync_device_audit');
    expect(audit).toBeGreaterThan(INSPECTIONS);

    // Again: a no-op; and the next plain insert takes an id after the reserved ones.
    expect(importBundle(office.db, bundle, office.keys, NOW).status).toBe('alreadyImported');
    expect(count('sync_device_audit')).toBe(audit);
    const next = office.db
      .prepare(
        `INSERT INTO inspections (institution_id, filing_id, template_id, template_version, panel_json, inspection_date, created_at, updated_at)
         SELECT institution_id, filing_id, template_id, template_version, panel_json, inspection_date, created_at, updated_at
           FROM inspections WHERE id = ? RETURNING id`,
      )
      .get(first) as { id: number };
    expect(Number(next.id)).toBeGreaterThan(first + INSPECTIONS - 1);
  }, 120_000);
});
