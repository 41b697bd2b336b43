import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPostgres, type Database } from '../../../db/engine';
import { listFormTemplates } from '../../../db/repositories/form-templates';
import { pinnedTemplateHash } from '../../../db/repositories/inspection-template-pins';
import { listAssignments } from '../../../db/repositories/sync-assignments';
import { listWorkingCalendars } from '../../../db/repositories/working-calendars';
import { dispatch } from '../../../electron/handlers/dispatch';
import { importCalendar } from '../../../electron/services/calendar/import-calendar';
import { readCalendarFile } from '../../../electron/services/calendar/read-calendar-file';
import { currentWorkingCalendar } from '../../../electron/services/calendar/stored-calendar';
import { unlockField } from '../../../electron/services/sync/field/field-identity';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { openPackage, writePackage } from '../../../electron/services/sync/format/package';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { OFFICE_SENDER } from '../../../electron/services/sync/office/office-keys';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { scoreInspection } from '../../../electron/services/sync/review/score-inspection';
import { importTemplate } from '../../../electron/services/templates/template-store';
import { latestSchemaVersion } from '../../../db/migrations';
import { requireInspection } from '../../../db/repositories/inspections';
import { addWorkingDays, createWorkingCalendar, HOLIDAYS_CN, type HolidayCalendarData } from '../../../shared/domain/deadlines';
import { getTemplate, templateHash, type Template } from '../../../shared/domain/templates';
import { AppError } from '../../../shared/errors';
import { thirdForm } from '../../support/third-form';
import { signAsDevice } from './signed-forgery';
import { exportBundle, filingsOfYear, inspect, KEY_PASSPHRASE, makeWorld, NOW, SHANXI, type Field, type Office } from './sync-fixtures';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/calendar');

let world: ReturnType<typeof makeWorld>;
beforeEach(() => {
  world = makeWorld();
});
afterEach(() => world.close());

/** A second version of the Shanxi form, as an office would import it (content differs, so the hash does). */
function newVersion(office: Office, version = 'test-2026.2'): { hash: string; template: Template } {
  const template: Template = { ...getTemplate(SHANXI), version, title: `${getTemplate(SHANXI).title}（测试修订）` };
  const { hash } = importTemplate(office.db, template, 'imported', NOW.toISOString());
  expect(hash).toBe(templateHash(template));
  return { hash, template };
}

/** The office's next genuine pack for the laptop, opened, changed, and signed again with the office's real key. */
function resignedPack(
  office: Office,
  field: Field,
  filingIds: number[],
  templateHashOf: string,
  change: (files: Map<string, Buffer>) => void,
): Buffer {
  const genuine = exportPack(office.db, office.keys, {
    deviceKey: field.deviceKey,
    assignments: withForm(filingIds, SHANXI, templateHashOf),
    now: NOW,
    appVersion: 'test',
  });
  const { identity, key } = unlockField(field.db, { keyPassphrase: KEY_PASSPHRASE });
  const opened = openPackage(genuine.bytes, {
    kind: 'assignmentPack',
    recipientCertificatePem: identity.certificatePem,
    recipientKey: key,
    now: NOW,
    trust: () => undefined,
  });
  const files = new Map(opened.files);
  change(files);
  return writePackage({
    kind: 'assignmentPack',
    sender: OFFICE_SENDER,
    recipient: field.deviceKey,
    recipientCertificatePem: identity.certificatePem,
    sequence: genuine.sequence,
    createdAt: NOW.toISOString(),
    appVersion: 'test',
    meta: { dbSchemaVersion: latestSchemaVersion, officeName: office.keys.officeName },
    files,
    signerKey: office.keys.officeKey,
    signerCertificatePem: office.keys.officeCertificatePem,
  });
}

const jsonOf = (files: Map<string, Buffer>, name: string) => JSON.parse(files.get(name)?.toString('utf8') ?? 'null') as Record<string, unknown>[];
const setJson = (files: Map<string, Buffer>, name: string, value: unknown) => files.set(name, Buffer.from(JSON.stringify(value), 'utf8'));

function snapshot(db: Database) {
  return {
    forms: listFormTemplates(db).map((f) => f.hash),
    assignments: listAssignments(db),
    calendars: listWorkingCalendars(db).map((c) => c.hash),
    sequence: db.prepare("SELECT value FROM app_meta WHERE key = 'sync_pack_sequence'").get(),
  };
}

function refusedWith(field: Field, pack: Buffer, reason: string): void {
  const before = snapshot(field.db);
  let caught: unknown;
  try {
    importPack(field.db, { bytes: pack, keyPassphrase: KEY_PASSPHRASE, now: NOW });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe('SYNC_FORM_REFUSED');
  expect((caught as AppError).params?.['reason']).toBe(reason);
  expect(snapshot(field.db)).toEqual(before);
}

describe('forms travel by hash', () => {
  it('a new form version imported at the office reaches the laptop, pins the inspection, and the office scores with it', async () => {
    const office = world.office();
    const [first, second] = filingsOfYear(office.db, 2020);
    const field = world.field(office, 'laptop-01', '张三', [first as number]);
    const form = newVersion(office);
    const pack = exportPack(office.db, office.keys, {
      deviceKey: 'laptop-01',
      assignments: withForm([second as number], SHANXI, form.hash),
      now: NOW,
      appVersion: 'test',
    });
    importPack(field.db, { bytes: pack.bytes, keyPassphrase: KEY_PASSPHRASE, now: NOW });
    const received = listFormTemplates(field.db).find((f) => f.hash === form.hash);
    expect(received?.origin).toBe('received');
    expect(received?.templateVersion).toBe('test-2026.2');

    const id = await inspect(field, second as number);
    expect(pinnedTemplateHash(field.db, id)).toBe(form.hash);
    expect(requireInspection(field.db, id).templateVersion).toBe('test-2026.2');

    const report = importBundle(office.db, exportBundle(world, field, 'b1.skb'), office.keys, NOW);
    expect(report.added).toBe(1);
    const officeId = (office.db.prepare('SELECT inspection_id FROM sync_imported_inspections').get() as { inspection_id: number }).inspection_id;
    expect(pinnedTemplateHash(office.db, officeId)).toBe(form.hash);
    expect(scoreInspection(office.db, requireInspection(office.db, officeId)).category).not.toBe('undetermined');
  });

  it('a laptop answers a received form that is not built in with its pinned version, and the office scores it', async () => {
    const office = world.office();
    const [, second] = filingsOfYear(office.db, 2020);
    const field = world.field(office, 'laptop-01', '张三', []);
    const city = thirdForm();
    const { hash } = importTemplate(office.db, city, 'imported', NOW.toISOString());
    const pack = exportPack(office.db, office.keys, {
      deviceKey: 'laptop-01',
      assignments: withForm([second as number], city.id, hash),
      now: NOW,
      appVersion: 'test',
    });
    importPack(field.db, { bytes: pack.bytes, keyPassphrase: KEY_PASSPHRASE, now: NOW });
    const filing = field.db.prepare('SELECT institution_id FROM filings WHERE id = ?').get(second) as { institution_id: number };
    const created = await dispatch(field.ctx, 'inspections:create', {
      institutionId: filing.institution_id,
      filingId: second as number,
      templateId: city.id,
      panel: [{ name: '张三', role: 'lead' }],
      inspectionDate: '2023-09-05',
    });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: number } }).value.id;
    expect(pinnedTemplateHash(field.db, id)).toBe(hash);
    // A1.1 exists only in the received form: the answer is checked against the pinned version, not the built-ins.
    expect((await dispatch(field.ctx, 'inspections:saveAnswer', { inspectionId: id, itemId: 'A1.1', answer: { tier: '1' } as never })).ok).toBe(true);
    // An item of the built-in Shanxi form is not one of this form's.
    const refused = await dispatch(field.ctx, 'inspections:saveAnswer', { inspectionId: id, itemId: '1.1', answer: { tier: '1' } as never });
    expect(refused.ok ? null : refused.error.code).toBe('UNKNOWN_ITEM');
    expect(scoreInspection(field.db, requireInspection(field.db, id)).category).toBeDefined();
  });

  it('a bundle whose pinned version the office does not hold carries it; the office stores it as received after its hash check', async () => {
    const office = world.office();
    const [first] = filingsOfYear(office.db, 2020);
    const field = world.field(office, 'laptop-01', '张三', []);
    const form = newVersion(office);
    importPack(field.db, {
      bytes: exportPack(office.db, office.keys, {
        deviceKey: 'laptop-01',
        assignments: withForm([first as number], SHANXI, form.hash),
        now: NOW,
        appVersion: 'test',
      }).bytes,
      keyPassphrase: KEY_PASSPHRASE,
      now: NOW,
    });
    await inspect(field, first as number);
    const bundle = exportBundle(world, field, 'b.skb');
    // An office database that does not hold the version (test only: versions are never deleted in use).
    office.db.exec(`DROP TRIGGER form_templates_no_delete${isPostgres(office.db) ? ' ON form_templates' : ''}`);
    office.db.prepare('DELETE FROM form_templates WHERE hash = ?').run(form.hash);
    importBundle(office.db, bundle, office.keys, NOW);
    expect(listFormTemplates(office.db).find((f) => f.hash === form.hash)?.origin).toBe('received');
  });

  it('a bundle whose carried template was changed after its hash was listed is refused, nothing written', async () => {
    const office = world.office();
    const [first] = filingsOfYear(office.db, 2020);
    const field = world.field(office, 'laptop-01', '张三', []);
    const form = newVersion(office);
    importPack(field.db, {
      bytes: exportPack(office.db, office.keys, {
        deviceKey: 'laptop-01',
        assignments: withForm([first as number], SHANXI, form.hash),
        now: NOW,
        appVersion: 'test',
      }).bytes,
      keyPassphrase: KEY_PASSPHRASE,
      now: NOW,
    });
    await inspect(field, first as number);
    const forged = signAsDevice(
      office,
      field,
      exportBundle(world, field, 'b.skb'),
      (files) => {
        const templates = jsonOf(files, 'data/templates.json') as { template: Template }[];
        for (const t of templates) t.template = { ...t.template, title: `${t.template.title}。` };
        setJson(files, 'data/templates.json', templates);
      },
      2,
    );
    const before = office.db.prepare('SELECT count(*) AS n FROM inspections').get();
    expect(() => importBundle(office.db, forged, office.keys, NOW)).toThrow(
      expect.objectContaining({ code: 'SYNC_BUNDLE_FORM_REFUSED', params: expect.objectContaining({ reason: 'SYNC_REASON_FORM_HASH_MISMATCH' }) }),
    );
    expect(office.db.prepare('SELECT count(*) AS n FROM inspections').get()).toEqual(before);
  });

  it('a template changed by one byte after its hash was listed is refused, nothing written', () => {
    const office = world.office();
    const [first] = filingsOfYear(office.db, 2020);
    const field = world.field(office, 'laptop-01', '张三', []);
    const form = newVersion(office);
    const pack = resignedPack(office, field, [first as number], form.hash, (files) => {
      const templates = jsonOf(files, 'data/templates.json');
      const entry = templates.find((t) => t['hash'] === form.hash) as { template: Template };
      entry.template = { ...entry.template, title: `${entry.template.title}。` };
      setJson(files, 'data/templates.json', templates);
    });
    refusedWith(field, pack, 'SYNC_REASON_FORM_HASH_MISMATCH');
  });

  it('an assignment naming a hash the pack does not carry is refused, nothing written', () => {
    const office = world.office();
    const [first] = filingsOfYear(office.db, 2020);
    const field = world.field(office, 'laptop-01', '张三', []);
    const form = newVersion(office);
    const pack = resignedPack(office, field, [first as number], form.hash, (files) =>
      setJson(
        files,
        'data/templates.json',
        jsonOf(files, 'data/templates.json').filter((t) => t['hash'] !== form.hash),
      ),
    );
    refusedWith(field, pack, 'SYNC_REASON_FORM_MISSING');
  });

  it('another content under an id + version the laptop already holds is refused, nothing written', () => {
    const office = world.office();
    const [first, second] = filingsOfYear(office.db, 2020);
    const field = world.field(office, 'laptop-01', '张三', []);
    const form = newVersion(office);
    importPack(field.db, {
      bytes: exportPack(office.db, office.keys, {
        deviceKey: 'laptop-01',
        assignments: withForm([first as number], SHANXI, form.hash),
        now: NOW,
        appVersion: 'test',
      }).bytes,
      keyPassphrase: KEY_PASSPHRASE,
      now: NOW,
    });
    // The same id + version with other content, correctly hashed: a changed form that should have been a new version.
    const impostor: Template = { ...form.template, title: '另一份内容' };
    const impostorHash = templateHash(impostor);
    const pack = resignedPack(office, field, [second as number], form.hash, (files) => {
      setJson(files, 'data/templates.json', [{ hash: impostorHash, template: impostor }]);
      setJson(
        files,
        'data/assignments.json',
        jsonOf(files, 'data/assignments.json').map((a) => ({ ...a, templateHash: impostorHash })),
      );
    });
    refusedWith(field, pack, 'SYNC_REASON_FORM_VERSION_TAKEN');
  });
});

describe('the working calendar travels in packs', () => {
  it('a 2027 calendar (test data) imported at the office reaches the laptop and its deadlines use it', async () => {
    const office = world.office();
    const data = await readCalendarFile(resolve(FIXTURES, 'test-2027.json'));
    const stored = importCalendar(office.db, data, NOW);
    expect(stored.origin).toBe('imported');
    const merged = JSON.parse(stored.calendarJson) as HolidayCalendarData;
    expect(merged.coveredYears).toContain(2026);
    expect(merged.coveredYears).toContain(2027);

    const field = world.field(office, 'laptop-01', '张三', filingsOfYear(office.db, 2020).slice(0, 1));
    const received = listWorkingCalendars(field.db);
    expect(received.map((c) => [c.version, c.origin, c.hash])).toEqual([['TEST-ONLY-2027.1', 'received', stored.hash]]);
    const current = await dispatch(field.ctx, 'calendar:current', {});
    expect(current.ok && (current.value as HolidayCalendarData).version).toBe('TEST-ONLY-2027.1');
    // 国庆 2027 (test data): the working day after 30 September is 8 October, not Friday 1 October.
    expect(addWorkingDays('2027-09-30', 1, currentWorkingCalendar(field.db))).toBe('2027-10-08');
    // Earlier years are kept from the built-in list.
    expect(addWorkingDays('2026-09-30', 1, currentWorkingCalendar(field.db))).toBe(
      addWorkingDays('2026-09-30', 1, createWorkingCalendar(HOLIDAYS_CN)),
    );
    expect(addWorkingDays('2026-09-30', 1, currentWorkingCalendar(field.db))).not.toBe('2026-10-01');
  });

  it('a laptop without a pack, and an office without an import, use the built-in list', async () => {
    const office = world.office();
    const field = world.field(office, 'laptop-01', '张三', []);
    expect(listWorkingCalendars(field.db).map((c) => c.version)).toEqual(['cn-2020-2026.1']);
    expect(addWorkingDays('2027-09-30', 1, currentWorkingCalendar(field.db))).toBe('2027-10-01');
  });

  it('CSV: 版本 row and 日期 / 类型 columns; a bad 类型 names its row', async () => {
    const csv = await readCalendarFile(resolve(FIXTURES, 'test-2027.csv'));
    expect(csv).toEqual({
      version: 'TEST-ONLY-2027.csv',
      coveredYears: [2027],
      holidays: ['2027-10-01', '2027-10-02'],
      makeupWorkdays: ['2027-10-09'],
    });
    await expect(readCalendarFile(resolve(FIXTURES, 'test-2027-bad-kind.csv'))).rejects.toMatchObject({
      code: 'CALENDAR_ROW_KIND',
      params: { sheet: 'CSV', row: 4, value: '放' },
    });
  });

  it('the same version with other content is refused at the office, nothing stored', async () => {
    const office = world.office();
    const data = await readCalendarFile(resolve(FIXTURES, 'test-2027.json'));
    importCalendar(office.db, data, NOW);
    const before = listWorkingCalendars(office.db);
    expect(() => importCalendar(office.db, { ...data, holidays: data.holidays.slice(1) }, NOW)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_VERSION_TAKEN' }),
    );
    expect(listWorkingCalendars(office.db)).toEqual(before);
  });
});
