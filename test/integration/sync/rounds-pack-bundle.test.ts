import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRounds } from '../../../db/repositories/assessment-rounds';
import { inspectionRound } from '../../../db/repositories/inspection-rounds';
import { ensureRectification, insertDecision } from '../../../db/repositories/rectifications';
import { insertImportedFile, listImportedInspections, setReview } from '../../../db/repositories/sync-imports';
import { BUNDLE_ENTRIES } from '../../../electron/services/sync/bundle-contents';
import { unlockField } from '../../../electron/services/sync/field/field-identity';
import { canonicalJson } from '../../../electron/services/sync/format/envelope';
import { sha256 } from '../../../electron/services/sync/format/manifest';
import { openPackage } from '../../../electron/services/sync/format/package';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { exportPack } from '../../../electron/services/sync/office/pack-export';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { listReview } from '../../../electron/services/sync/review/review-list';
import { PACK_ENTRIES, packHistorySchema, packRectificationsSchema, roundsSchema } from '../../../electron/services/sync/pack-contents';
import { currentTemplate } from '../../../electron/services/templates/template-store';
import { assessmentIn, carriedRound, withRoundEntries } from './round-bundles';
import { signAsDevice } from './signed-forgery';
import { exportBundle, filingsOfYear, inspect, KEY_PASSPHRASE, makeWorld, NOW, SHANXI, type Field, type Office } from './sync-fixtures';

let world: ReturnType<typeof makeWorld>;
let office: Office;
let laptop: Field;
let filing: number;
let genuine: Buffer;
let remoteId: number;
const RECTIFICATION = 'e'.repeat(32);
const PDF = Buffer.from('%PDF-1.7 signed record', 'utf8');

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  [filing] = filingsOfYear(office.db, 2020) as [number];
  laptop = world.field(office, 'laptop-a', '核查员甲', [filing]);
  remoteId = await inspect(laptop, filing);
  genuine = exportBundle(world, laptop, 'a1.skb');
}, 300_000);
afterAll(() => world.close());

const packFiles = (bytes: Buffer) => {
  const { identity, key } = unlockField(laptop.db, { keyPassphrase: KEY_PASSPHRASE });
  return openPackage(bytes, {
    kind: 'assignmentPack',
    recipientCertificatePem: identity.certificatePem,
    recipientKey: key,
    now: NOW,
    trust: () => undefined,
  }).files;
};
const entry = (files: Map<string, Buffer>, name: string): unknown => {
  const text = files.get(name)?.toString('utf8') ?? 'null';
  expect(canonicalJson(JSON.parse(text))).toBe(text);
  return JSON.parse(text);
};
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('rounds in packs and bundles', () => {
  it('a pack names the office round it opened by default; an old bundle without round entries imports as before', () => {
    const [round] = listRounds(office.db);
    expect(round?.origin).toBe('office');
    expect(round?.name).toBe(`${NOW.getFullYear()}年度延续备案评估`);
    // A laptop from before rounds: the same bundle without the two round entries.
    const old = signAsDevice(
      office,
      laptop,
      genuine,
      (files) => {
        files.delete(BUNDLE_ENTRIES.rounds);
        files.delete(BUNDLE_ENTRIES.inspectionRounds);
      },
      1,
    );
    const report = importBundle(office.db, old, office.keys, NOW);
    expect(report.status).toBe('imported');
    const [imported] = listImportedInspections(office.db);
    expect(imported?.conflictKey).toBe(`${filing}:${SHANXI}`);
    expect(inspectionRound(office.db, imported?.inspectionId ?? 0)).toBeNull();
  });

  it('a follow-up of a rectification the office does not hold refuses the whole bundle', () => {
    const round = listRounds(office.db)[0]!;
    const before = syncStateHash(office.db);
    const forged = signAsDevice(
      office,
      laptop,
      genuine,
      (files) => {
        files.set(BUNDLE_ENTRIES.rounds, Buffer.from(canonicalJson([carriedRound(office, round.uid)])));
        files.set(
          BUNDLE_ENTRIES.inspectionRounds,
          Buffer.from(canonicalJson([{ remoteId, roundUid: round.uid, purpose: 'followUp', rectificationUid: 'f'.repeat(32), scope: 'findings' }])),
        );
      },
      2,
    );
    expect(codeOf(() => importBundle(office.db, forged, office.keys, NOW))).toBe('ROUND_FOLLOW_UP_UNKNOWN_RECTIFICATION');
    expect(syncStateHash(office.db)).toBe(before);
  });

  it('round entries must be canonical JSON, name inspections of the bundle, and match a round held here', () => {
    const round = carriedRound(office, listRounds(office.db)[0]!.uid);
    const links = [assessmentIn(remoteId, round.uid)];
    const reformatted = signAsDevice(
      office,
      laptop,
      genuine,
      (files) => {
        files.set(BUNDLE_ENTRIES.rounds, Buffer.from(JSON.stringify([round], null, 2)));
        files.set(BUNDLE_ENTRIES.inspectionRounds, Buffer.from(canonicalJson(links)));
      },
      2,
    );
    expect(codeOf(() => importBundle(office.db, reformatted, office.keys, NOW))).toBe('SYNC_MANIFEST_INVALID');
    const elsewhere = withRoundEntries(office, laptop, genuine, 2, [round], [assessmentIn(remoteId + 100, round.uid)]);
    expect(codeOf(() => importBundle(office.db, elsewhere, office.keys, NOW))).toBe('SYNC_MANIFEST_INVALID');
    const renamed = withRoundEntries(office, laptop, genuine, 2, [{ ...round, name: '别的轮次' }], links);
    expect(codeOf(() => importBundle(office.db, renamed, office.keys, NOW))).toBe('ROUND_DIFFERS');
    const unknown = withRoundEntries(office, laptop, genuine, 2, [], [assessmentIn(remoteId, 'd'.repeat(32))]);
    expect(codeOf(() => importBundle(office.db, unknown, office.keys, NOW))).toBe('ROUND_NOT_FOUND');
  });

  it('a pack carries the follow-up, its rectification copy, the round and the filing’s history with its signed PDF', () => {
    const round = listRounds(office.db)[0]!;
    const [imported] = listImportedInspections(office.db);
    const inspectionId = imported!.inspectionId;
    insertImportedFile(office.db, { inspectionId, kind: 'pdf', name: '核查记录.pdf', sha256: sha256(PDF), content: PDF });
    const templateHash = currentTemplate(office.db, SHANXI).hash;
    ensureRectification(office.db, {
      uid: RECTIFICATION,
      filingId: filing,
      roundUid: round.uid,
      inspectionId,
      templateHash,
      outcomeCategory: 'defer',
      outcomeLabel: '暂缓延续备案',
      inspectionDate: '2023-09-05',
      scoreHundredths: 6500,
      findings: [{ key: 'item:1', kind: 'deduction', refId: '1', label: '制度', pointsLostHundredths: 200, notes: ['缺少记录'] }],
      baseAnswers: [{ item_id: '1', payload_json: '{}' }],
      deadlineRule: { unit: 'months', count: 3 },
      dueOn: '2023-12-05',
      basis: '限期整改',
      origin: 'office',
      openedBy: '阳泉市人力资源和社会保障局',
      openedAt: NOW.toISOString(),
    });
    insertDecision(office.db, {
      rectificationUid: RECTIFICATION,
      decision: 'renew',
      reason: '已整改',
      followUpInspectionId: null,
      decidedOn: '2023-12-20',
      decidedBy: '李四',
      decidedAt: NOW.toISOString(),
    });
    const pack = exportPack(office.db, office.keys, {
      deviceKey: 'laptop-a',
      assignments: [{ rectificationUid: RECTIFICATION, scope: 'findings' }],
      now: NOW,
      appVersion: 'test',
    });
    const files = packFiles(pack.bytes);
    const assignments = entry(files, PACK_ENTRIES.assignments) as {
      rectificationUid: string | null;
      scope: string | null;
      roundUid: string;
      filingId: number;
      templateHash: string;
    }[];
    expect(assignments.find((a) => a.rectificationUid === RECTIFICATION)).toMatchObject({
      scope: 'findings',
      roundUid: round.uid,
      filingId: filing,
      templateHash,
    });
    expect(assignments.every((a) => a.roundUid === round.uid)).toBe(true);
    expect(roundsSchema.parse(entry(files, PACK_ENTRIES.rounds)).map((r) => r.uid)).toEqual([round.uid]);
    const [copy] = packRectificationsSchema.parse(entry(files, PACK_ENTRIES.rectifications));
    expect(copy).toMatchObject({ uid: RECTIFICATION, roundUid: round.uid, dueOn: '2023-12-05' });
    expect(Object.keys(copy!)).not.toContain('decision');
    const history = packHistorySchema.parse(entry(files, PACK_ENTRIES.history));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      entryNo: 1,
      filingId: filing,
      roundUid: null,
      purpose: 'assessment',
      decisionLabel: '准予延续',
      pdfs: ['核查记录.pdf'],
    });
    expect(history[0]?.scoreHundredths).toEqual(expect.any(Number));
    expect(files.get(PACK_ENTRIES.historyPdf(1, '核查记录.pdf'))?.equals(PDF)).toBe(true);

    setReview(office.db, imported!.id, 'returned', '退回', '李四', NOW.toISOString());
    const later = packFiles(exportPack(office.db, office.keys, { deviceKey: 'laptop-a', assignments: [], now: NOW, appVersion: 'test' }).bytes);
    expect(entry(later, PACK_ENTRIES.history)).toEqual([]);
  });

  it('a follow-up of the office’s rectification is linked and keyed by the rectification', async () => {
    const round = carriedRound(office, listRounds(office.db)[0]!.uid);
    const other = world.field(office, 'laptop-b', '核查员乙', [filing]);
    const followUp = await inspect(other, filing, { date: '2023-12-10' });
    const bundle = withRoundEntries(
      office,
      other,
      exportBundle(world, other, 'b1.skb'),
      1,
      [round],
      [{ remoteId: followUp, roundUid: round.uid, purpose: 'followUp', rectificationUid: RECTIFICATION, scope: 'findings' }],
    );
    expect(importBundle(office.db, bundle, office.keys, NOW).added).toBe(1);
    const stored = listImportedInspections(office.db).find((record) => record.deviceKey === 'laptop-b');
    expect(stored?.conflictKey).toBe(`followUp:${RECTIFICATION}`);
    expect(inspectionRound(office.db, stored?.inspectionId ?? 0)).toEqual({
      roundUid: round.uid,
      purpose: 'followUp',
      rectificationUid: RECTIFICATION,
      scope: 'findings',
    });
    const item = listReview(office.db).find((review) => review.deviceKey === 'laptop-b');
    expect(item).toMatchObject({
      round: { uid: round.uid, name: round.name },
      purpose: 'followUp',
      scope: 'findings',
      rectificationUid: RECTIFICATION,
    });
  }, 120_000);
});
