import { defaultRoundName } from '../../../shared/domain/rounds/types';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filingHistory } from '../../../electron/services/history/filing-history';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { BUNDLE_ENTRIES, bundleInspectionSchema, bundleRoundsSchema, inspectionRoundsSchema } from '../../../electron/services/sync/bundle-contents';
import { openPackage } from '../../../electron/services/sync/format/package';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW } from '../sync/sync-fixtures';

let world: ReturnType<typeof makeWorld>;
afterEach(() => world?.close());

describe('a result bundle says which round each inspection belongs to (issue 15)', () => {
  it('carries the rounds and the links beside unchanged inspection entries', async () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const field = world.field(office, 'laptop-h', '李四', [filingId]);
    const id = await inspect(field, filingId, { date: '2026-05-06' });
    const opened = openPackage(exportBundle(world, field, 'h.bundle'), {
      kind: 'resultBundle',
      recipientCertificatePem: office.keys.officeCertificatePem,
      recipientKey: office.keys.officeKey,
      now: new Date(),
      trust: () => undefined,
    });
    const json = (name: string): unknown => JSON.parse((opened.files.get(name) as Buffer).toString('utf8'));
    const rounds = bundleRoundsSchema.parse(json(BUNDLE_ENTRIES.rounds));
    const links = inspectionRoundsSchema.parse(json(BUNDLE_ENTRIES.inspectionRounds));
    // The office's pack named its default round; the laptop carries it back as it received it.
    const officeRound = office.db.prepare("SELECT uid, opened_by FROM assessment_rounds WHERE origin = 'office'").get() as {
      uid: string;
      opened_by: string;
    };
    expect(rounds).toMatchObject([
      { uid: officeRound.uid, name: defaultRoundName(NOW.getFullYear()), origin: 'received', openedBy: officeRound.opened_by },
    ]);
    expect(links).toEqual([{ remoteId: id, roundUid: rounds[0]?.uid, purpose: 'assessment', rectificationUid: null, scope: null }]);
    // The inspection entry keeps its old shape (its hash is how the office recognises a version).
    expect(bundleInspectionSchema.safeParse(json(BUNDLE_ENTRIES.inspection(id))).success).toBe(true);
  });
});

describe('filing history at the office (issue 15)', () => {
  it('lists an imported inspection with its review state and its stored PDFs', async () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const field = world.field(office, 'laptop-j', '王五', [filingId]);
    const id = await inspect(field, filingId, { date: '2026-05-06' });
    mkdirSync(join(world.temp.dir, 'reports', String(id)), { recursive: true });
    writeFileSync(join(world.temp.dir, 'reports', String(id), 'sheet-1.pdf'), '%PDF-1.7 signed');
    importBundle(office.db, exportBundle(world, field, 'j.bundle'), office.keys, NOW);
    const history = filingHistory(office.db, world.temp.file('office-data'), filingId, '2026-05-25');
    // The demo data holds the office's own inspections of the filing too.
    const inspections = history.rounds.flatMap((r) => r.inspections).filter((i) => i.reviewStatus !== null);
    expect(inspections).toHaveLength(1);
    expect(inspections[0]).toMatchObject({ reviewStatus: 'pending', pdfs: [{ name: 'sheet-1.pdf', source: 'imported' }] });
    expect(inspections[0]?.outcomeLabel).toBeTruthy();
  });
});
