import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit-log';
import { verifyAuditLog } from '../../../db/audit-verify';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { resetDeviceSequence } from '../../../electron/services/sync/office/device-sequence';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { runCliCaptured } from '../../support/cli';
import { recordCheck, Violations } from '../../reliability/support/record-check';
import { auditRowsOf, setAuditRows, signAsDevice } from './signed-forgery';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, type Field, type Office } from './sync-fixtures';

let world: ReturnType<typeof makeWorld>;
let office: Office;
let field: Field;
let first: Buffer;
let second: Buffer;
let filings: number[];

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  filings = filingsOfYear(office.db, 2020);
  field = world.field(office, 'laptop-01', '张三', filings.slice(0, 4));
  await inspect(field, filings[0] ?? 0);
  first = exportBundle(world, field, 'first.skb');
  expect(importBundle(office.db, first, office.keys, NOW).status).toBe('imported');
  await inspect(field, filings[1] ?? 0);
  second = exportBundle(world, field, 'second.skb');
}, 120_000);
afterAll(() => world.close());

const heldRows = () => office.db.prepare("SELECT count(*) FROM sync_device_audit WHERE device_key = 'laptop-01'").pluck().get() as number;

/** Runs the import and returns its refusal code, asserting the office database did not change at all. */
function refusalCode(bundle: Buffer): string {
  const before = syncStateHash(office.db);
  const changes = office.db.prepare('SELECT total_changes()').pluck().get();
  try {
    importBundle(office.db, bundle, office.keys, NOW);
    return 'accepted';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    expect(syncStateHash(office.db)).toBe(before);
    expect(office.db.prepare('SELECT total_changes()').pluck().get()).toBe(changes);
  }
}

describe('a bundle must extend the audit history the office holds (issue 19.2)', () => {
  it('the office holds the first bundle’s chain', () => {
    expect(heldRows()).toBeGreaterThan(40);
  });

  it('a validly signed bundle with an empty audit/log.json and a new inspection is refused', () => {
    const forged = signAsDevice(office, field, second, (files) => setAuditRows(files, []), 2);
    expect(refusalCode(forged)).toBe('SYNC_AUDIT_HISTORY_REWRITTEN');
  });

  it('a validly signed bundle whose audit log stops before what was imported is refused', () => {
    const forged = signAsDevice(office, field, second, (files) => setAuditRows(files, auditRowsOf(files).slice(0, heldRows() - 1)), 2);
    expect(refusalCode(forged)).toBe('SYNC_AUDIT_HISTORY_REWRITTEN');
  });

  it('property: any truncation or reordering of the already imported segment is refused', () => {
    const started = performance.now();
    const found = new Violations();
    const held = heldRows();
    let cases = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ kind: fc.constant('truncate' as const), keep: fc.integer({ min: 0, max: held - 1 }) }),
          fc.record({ kind: fc.constant('swap' as const), a: fc.integer({ min: 0, max: held - 1 }), b: fc.integer({ min: 0, max: held - 1 }) }),
        ),
        (change) => {
          if (change.kind === 'swap' && change.a === change.b) return;
          cases += 1;
          const forged = signAsDevice(
            office,
            field,
            second,
            (files) => {
              const rows = auditRowsOf(files);
              if (change.kind === 'truncate') setAuditRows(files, rows.slice(0, change.keep));
              else {
                rows.splice(change.a, 1, ...rows.splice(change.b, 1, ...rows.slice(change.a, change.a + 1)));
                setAuditRows(files, rows);
              }
            },
            2,
          );
          const code = refusalCode(forged);
          // A cut that also drops an inspection's newest state entry may be caught as a state mismatch first: still refused.
          if (!['SYNC_AUDIT_HISTORY_REWRITTEN', 'SYNC_AUDIT_BROKEN', 'SYNC_AUDIT_STATE_MISMATCH'].includes(code))
            found.add(`${JSON.stringify(change)} → ${code}`);
        },
      ),
      { numRuns: 150, seed: 19_2 },
    );
    recordCheck({
      id: 'audit-history-extension',
      title: 'Audit history: validly signed bundles that drop, shorten or reorder the device history the office holds',
      cases,
      failures: found.count,
      seconds: (performance.now() - started) / 1000,
      note: `after a genuine bundle with ${held} audit rows: segments cut to 0…${held - 1} rows or two rows swapped, signed with the real device key; refused (SYNC_AUDIT_HISTORY_REWRITTEN / SYNC_AUDIT_BROKEN / SYNC_AUDIT_STATE_MISMATCH), office state hash and total_changes() unchanged`,
      examples: found.examples,
    });
    expect(found.examples).toEqual([]);
  });

  it('the genuine second bundle, which extends the chain, is imported', () => {
    expect(importBundle(office.db, second, office.keys, NOW).status).toBe('imported');
  });
});

describe('the sequence is bounded, and the office can reset it (issue 19.3)', () => {
  let third: Buffer;
  beforeAll(async () => {
    await inspect(field, filings[2] ?? 0);
    third = exportBundle(world, field, 'third.skb');
  });

  it('a bundle with sequence 2^53 − 1, or more than 1000 past the last, is refused and locks nothing out', () => {
    const started = performance.now();
    const last = office.db.prepare("SELECT last_sequence FROM sync_device_state WHERE device_key = 'laptop-01'").pluck().get() as number;
    // The attack itself, the first value past the window, and random ones up to and beyond 2^53 (not safe integers).
    const random = fc.sample(fc.oneof(fc.integer({ min: last + 1001, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2 ** 53, 2 ** 60)), {
      numRuns: 57,
      seed: 19_3,
    });
    const tried = [Number.MAX_SAFE_INTEGER, last + 1001, last + 100_000, ...random];
    const codes = tried.map((sequence) => refusalCode(signAsDevice(office, field, third, () => undefined, sequence)));
    // Past 2^53 − 1 the manifest schema already refuses the number (zod int is a safe integer).
    const expected = tried.map((sequence) => (Number.isSafeInteger(sequence) ? 'SYNC_SEQUENCE_OUT_OF_RANGE' : 'SYNC_MANIFEST_INVALID'));
    expect(codes).toEqual(expected);
    expect(importBundle(office.db, third, office.keys, NOW).status).toBe('imported');
    recordCheck({
      id: 'sequence-bound',
      title: 'Bundle sequence: validly signed bundles with a sequence past the window (2^53 − 1, last + 1001, random up to 2^60)',
      cases: tried.length,
      failures: codes.filter((code, index) => code !== expected[index]).length,
      seconds: (performance.now() - started) / 1000,
      note: 'refused (SYNC_SEQUENCE_OUT_OF_RANGE; beyond 2^53 − 1 the manifest schema, SYNC_MANIFEST_INVALID) with the office unchanged, then the next genuine bundle imports; reset with `office reset-sequence` in the same file',
    });
  });

  it('after a bundle that jumped within the window, office reset-sequence lets the next genuine bundle in, with the reason in the audit log', async () => {
    const last = office.db.prepare("SELECT last_sequence FROM sync_device_state WHERE device_key = 'laptop-01'").pluck().get() as number;
    await inspect(field, filings[3] ?? 0);
    const fourth = exportBundle(world, field, 'fourth.skb');
    const jumped = signAsDevice(office, field, fourth, () => undefined, last + 1000);
    expect(importBundle(office.db, jumped, office.keys, NOW).status).toBe('imported');
    expect(importBundle(office.db, fourth, office.keys, NOW).status).toBe('stale');

    expect(() => resetDeviceSequence(office.db, { deviceKey: 'laptop-01', reason: '  ', actor: '王审核' })).toThrow(
      expect.objectContaining({ code: 'OFFICE_RESET_REASON_REQUIRED' }),
    );
    expect(() => resetDeviceSequence(office.db, { deviceKey: 'laptop-99', reason: 'x', actor: '王审核' })).toThrow(
      expect.objectContaining({ code: 'OFFICE_DEVICE_UNKNOWN' }),
    );
    const cli = await runCliCaptured([
      'office',
      'reset-sequence',
      '--db',
      office.path,
      '--device',
      'laptop-01',
      '--reason',
      '误导入了序号异常的结果包',
      '--to',
      String(last),
    ]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const entry = listAudit(office.db).at(-1);
    expect(entry).toMatchObject({
      entity: 'device-sequence',
      entityId: 'laptop-01',
      reason: '误导入了序号异常的结果包',
      newJson: JSON.stringify({ lastSequence: last }),
    });
    expect(verifyAuditLog(office.db).ok).toBe(true);
    // The genuine bundle (a different manifest from the forged one) now imports; older bundles stay refused.
    expect(importBundle(office.db, fourth, office.keys, NOW).status).toBe('imported');
    expect(importBundle(office.db, first, office.keys, NOW).status).toBe('alreadyImported');
  });
});
