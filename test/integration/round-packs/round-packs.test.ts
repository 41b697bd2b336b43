import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRound } from '../../../db/repositories/assessment-rounds';
import { inspectionRound } from '../../../db/repositories/inspection-rounds';
import { currentCertificateOfDevice } from '../../../db/repositories/sync-office';
import { ensureAssignment, listAssignments } from '../../../db/repositories/sync-assignments';
import { latestSchemaVersion } from '../../../db/migrations';
import type { HandlerContext } from '../../../electron/handlers/context';
import { exportRoundPack, type RoundPackForm } from '../../../electron/services/round-packs/round-pack-export';
import { roundPackTargets } from '../../../electron/services/round-packs/round-pack-targets';
import { unlockField } from '../../../electron/services/sync/field/field-identity';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { openPackage, writePackage } from '../../../electron/services/sync/format/package';
import { OFFICE_SENDER } from '../../../electron/services/sync/office/office-keys';
import { PACK_ENTRIES } from '../../../electron/services/sync/pack-contents';
import { institutionKindLabels } from '../../../shared/store/enums';
import type { FilingHistory } from '../../../shared/ipc/channels/rounds';
import type { RoundPackTarget } from '../../../shared/ipc/channels/round-plans';
import { scriptedDialogs } from '../../harness/scripted-dialogs';
import { runCliCaptured } from '../../support/cli';
import { chooseByDialog } from '../../support/dialog-grants';
import { callOk, expectRefused } from '../../support/handler-calls';
import { KEY_PASSPHRASE, makeWorld, NOW, PASSPHRASE, SHANXI, type Field, type Office } from '../sync/sync-fixtures';
import { GHOST_LAPTOP, LAPTOP, ROUND_UID, sixFilings, storeDrawnRound, type DrawnFiling } from './drawn-round';

// Issue 16 §6 (into the field): a drawn round's packs go to each panel leader's laptop, carrying the filing, the
// form version and the panel, which the laptop's new inspection prefills.
let world: ReturnType<typeof makeWorld>;
let office: Office;
let laptop: Field;
let filings: DrawnFiling[];
let plainFiling: number;
const ALL_FORMS: RoundPackForm[] = (['enterprise', 'college', 'socialOrg'] as const).map((kind) => ({ kind, templateId: SHANXI }));

const codeOf = (run: () => unknown): { code?: string; params?: Record<string, unknown> } => {
  try {
    run();
  } catch (error) {
    return error as { code?: string; params?: Record<string, unknown> };
  }
  return {};
};
const roundAssignments = (field: Field) => listAssignments(field.db).filter((a) => a.roundUid === ROUND_UID);

function officeCtx(): { ctx: HandlerContext; dialogs: ReturnType<typeof scriptedDialogs> } {
  const dialogs = scriptedDialogs();
  return {
    dialogs,
    ctx: { ...laptop.ctx, db: office.db, databasePath: office.path, chooseOpenFile: dialogs.chooseOpenFile, chooseSaveFile: dialogs.chooseSaveFile },
  };
}

/** The same pack as an office from before 双随机 would have sent it: its assignments without `panel`, re-signed. */
function withoutPanels(bytes: Buffer, sequence: number): Buffer {
  const { identity, key } = unlockField(laptop.db, { keyPassphrase: KEY_PASSPHRASE });
  const opened = openPackage(bytes, {
    kind: 'assignmentPack',
    recipientCertificatePem: identity.certificatePem,
    recipientKey: key,
    now: NOW,
    trust: () => undefined,
  });
  const files = new Map<string, Uint8Array>(opened.files);
  for (const name of ['manifest.json', 'manifest.sig', 'signer.pem']) files.delete(name);
  const assignments = JSON.parse(files.get(PACK_ENTRIES.assignments)?.toString() ?? '[]') as Record<string, unknown>[];
  files.set(PACK_ENTRIES.assignments, Buffer.from(JSON.stringify(assignments.map(({ panel: _panel, ...rest }) => rest)), 'utf8'));
  return writePackage({
    kind: 'assignmentPack',
    sender: OFFICE_SENDER,
    recipient: LAPTOP,
    recipientCertificatePem: currentCertificateOfDevice(office.db, LAPTOP)?.certificatePem ?? '',
    sequence,
    createdAt: NOW.toISOString(),
    appVersion: 'test',
    meta: { dbSchemaVersion: latestSchemaVersion, officeName: office.keys.officeName },
    files,
    signerKey: office.keys.officeKey,
    signerCertificatePem: office.keys.officeCertificatePem,
  });
}

beforeAll(() => {
  world = makeWorld();
  office = world.office();
  filings = sixFilings(office.db);
  const drawn = new Set(filings.map((f) => f.filingId));
  plainFiling = (office.db.prepare('SELECT id FROM filings ORDER BY id').all() as { id: number }[])
    .map((r) => r.id)
    .find((id) => !drawn.has(id)) as number;
  // Enrolled, with an ordinary pack first (an assignment without a panel, in the office's default round).
  laptop = world.field(office, LAPTOP, '组长甲', [plainFiling]);
  storeDrawnRound(office.db, filings);
}, 120_000);
afterAll(() => world?.close());

describe('round packs at the office', () => {
  it('one target per leader, grouped by laptop, each with why no pack can go', () => {
    const [f1, f2, f3, f4, f5] = filings as [DrawnFiling, DrawnFiling, DrawnFiling, DrawnFiling, DrawnFiling];
    const targets = roundPackTargets(office.db, ROUND_UID);
    const pick = ({ leaderCode, leaderName, deviceKey, filingIds, problem }: RoundPackTarget) => ({
      leaderCode,
      leaderName,
      deviceKey,
      filingIds,
      problem,
    });
    expect(targets.map(pick)).toEqual([
      { leaderCode: 'RP00003', leaderName: '组长丙', deviceKey: GHOST_LAPTOP, filingIds: [f5.filingId], problem: 'deviceNotEnrolled' },
      { leaderCode: 'RP00001', leaderName: '组长甲', deviceKey: LAPTOP, filingIds: [f1.filingId, f2.filingId].sort((a, b) => a - b), problem: null },
      { leaderCode: 'RP00004', leaderName: '组长丁', deviceKey: LAPTOP, filingIds: [f3.filingId], problem: null },
      { leaderCode: 'RP00002', leaderName: '组长乙', deviceKey: null, filingIds: [f4.filingId], problem: 'noDevice' },
    ]);
    expect(targets.find((t) => t.deviceKey === LAPTOP)?.deviceLabel).toEqual(expect.any(String));
  });

  it('a round not drawn yet is ROUND_NOT_DRAWN by name; an unknown round ROUND_NOT_FOUND', () => {
    const uid = 'c'.repeat(32);
    ensureRound(office.db, { uid, name: '2026年度过程化资料抽检', year: 2026, origin: 'office', openedBy: '测试', openedAt: NOW.toISOString() });
    expect(codeOf(() => roundPackTargets(office.db, uid))).toMatchObject({ code: 'ROUND_NOT_DRAWN', params: { name: '2026年度过程化资料抽检' } });
    expect(codeOf(() => roundPackTargets(office.db, 'f'.repeat(32))).code).toBe('ROUND_NOT_FOUND');
  });

  it('a kind of filing without a form is refused, naming the kind, and nothing is stored', () => {
    const [f1, , f3] = filings as [DrawnFiling, DrawnFiling, DrawnFiling];
    const before = listAssignments(office.db, LAPTOP).length;
    const refused = codeOf(() =>
      exportRoundPack(office.db, office.keys, {
        roundUid: ROUND_UID,
        deviceKey: LAPTOP,
        forms: [{ kind: f1.kind, templateId: SHANXI }],
        now: NOW,
        appVersion: 'test',
      }),
    );
    expect(refused).toMatchObject({ code: 'ROUND_PACK_FORM_MISSING', params: { kind: institutionKindLabels[f3.kind], filingNo: f3.filingNo } });
    expect(listAssignments(office.db, LAPTOP)).toHaveLength(before);
  });

  it('a laptop no leader uses has no pack (ROUND_PACK_NO_PANELS)', () => {
    expect(
      codeOf(() =>
        exportRoundPack(office.db, office.keys, { roundUid: ROUND_UID, deviceKey: 'laptop-nobody', forms: ALL_FORMS, now: NOW, appVersion: 'test' }),
      ).code,
    ).toBe('ROUND_PACK_NO_PANELS');
  });
});

describe('a round pack on the leader’s laptop', () => {
  let firstPack: Buffer;

  it('carries every panel its leaders lead, leader first, short panels as drawn', () => {
    const [f1, f2, f3] = filings as [DrawnFiling, DrawnFiling, DrawnFiling];
    const result = exportRoundPack(office.db, office.keys, {
      roundUid: ROUND_UID,
      deviceKey: LAPTOP,
      forms: ALL_FORMS,
      now: NOW,
      appVersion: 'test',
    });
    firstPack = result.bytes;
    expect(result.leaderCodes).toEqual(['RP00001', 'RP00004']);
    expect(result.shortPanelFilingIds).toEqual([f2.filingId, f3.filingId]);
    // The ordinary assignment stays in the (cumulative) pack.
    expect(result.assignments).toBe(4);
    const imported = importPack(laptop.db, { bytes: result.bytes, keyPassphrase: KEY_PASSPHRASE, now: NOW });
    expect(imported.status).toBe('imported');
    const panels = new Map(roundAssignments(laptop).map((a) => [a.filingId, a.panel]));
    expect(panels.get(f1.filingId)).toEqual([
      { name: '组长甲', role: 'lead' },
      { name: '成员戊', role: 'member' },
      { name: '成员己', role: 'member' },
    ]);
    expect(panels.get(f2.filingId)).toEqual([
      { name: '组长甲', role: 'lead' },
      { name: '成员戊', role: 'member' },
    ]);
    expect(panels.get(f3.filingId)).toEqual([
      { name: '组长丁', role: 'lead' },
      { name: '成员己', role: 'member' },
    ]);
    expect(listAssignments(laptop.db).find((a) => a.filingId === plainFiling)?.panel).toBeNull();
  });

  it('filings:history shows the panel and inspections:create starts in the round with it', async () => {
    const [, f2] = filings as [DrawnFiling, DrawnFiling];
    const history = await callOk<FilingHistory>(laptop.ctx, 'filings:history', { filingId: f2.filingId });
    const assignment = history.assignments.find((a) => a.roundUid === ROUND_UID);
    expect(assignment?.panel).toEqual([
      { name: '组长甲', role: 'lead' },
      { name: '成员戊', role: 'member' },
    ]);
    const institution = laptop.db.prepare('SELECT institution_id FROM filings WHERE id = ?').get(f2.filingId) as { institution_id: number };
    const created = await callOk<{ id: number; panel: { name: string; role: string }[] }>(laptop.ctx, 'inspections:create', {
      institutionId: institution.institution_id,
      filingId: f2.filingId,
      templateId: SHANXI,
      panel: assignment?.panel ?? [],
      inspectionDate: '2026-04-01',
    });
    expect(created.panel.map(({ name, role }) => ({ name, role }))).toEqual(assignment?.panel);
    expect(inspectionRound(laptop.db, created.id)?.roundUid).toBe(ROUND_UID);
  });

  it('a re-export with a panel replaces the stored one; without a panel it keeps it', () => {
    const [f1] = filings as [DrawnFiling];
    const stored = listAssignments(office.db, LAPTOP).find((a) => a.filingId === f1.filingId && a.roundUid === ROUND_UID);
    if (!stored) throw new Error('no stored round assignment');
    const { uid: _uid, panel: _panel, ...key } = stored;
    const swapped = ensureAssignment(office.db, { ...key, panel: [{ name: '组长丁', role: 'lead' }] });
    expect(swapped.uid).toBe(stored.uid);
    expect(swapped.panel).toEqual([{ name: '组长丁', role: 'lead' }]);
    expect(ensureAssignment(office.db, key).panel).toEqual([{ name: '组长丁', role: 'lead' }]);
    // Back as drawn, for the tests below.
    expect(ensureAssignment(office.db, { ...key, panel: stored.panel as never }).panel).toEqual(stored.panel);
  });

  it('a pack from before 双随机 (assignments without panel) still imports; its assignments have none', () => {
    const old = withoutPanels(firstPack, 50);
    expect(importPack(laptop.db, { bytes: old, keyPassphrase: KEY_PASSPHRASE, now: NOW }).status).toBe('imported');
    const assignments = roundAssignments(laptop);
    expect(assignments).toHaveLength(3);
    for (const assignment of assignments) expect(assignment.panel).toBeNull();
  });
});

describe('roundPlans:packs and roundPlans:exportPack', () => {
  it('list the targets and export to the granted path only, after the passphrase', async () => {
    const { ctx, dialogs } = officeCtx();
    const targets = await callOk<RoundPackTarget[]>(ctx, 'roundPlans:packs', { roundUid: ROUND_UID });
    expect(targets.map((t) => t.leaderCode)).toEqual(roundPackTargets(office.db, ROUND_UID).map((t) => t.leaderCode));
    const args = (path: string, passphrase = PASSPHRASE) => ({ roundUid: ROUND_UID, deviceKey: LAPTOP, forms: ALL_FORMS, passphrase, path });
    const ungranted = world.temp.file('ungranted.skp');
    await expectRefused(ctx, 'roundPlans:exportPack', args(ungranted), 'PATH_NOT_GRANTED');
    expect(existsSync(ungranted)).toBe(false);
    const target = await chooseByDialog(ctx, dialogs, 'save', 'sync-pack', world.temp.file(`${LAPTOP}.skp`));
    await expectRefused(ctx, 'roundPlans:exportPack', args(target, 'wrong-passphrase'), 'SYNC_WRONG_SECRET');
    expect(existsSync(target)).toBe(false);
    const written = await callOk<{ path: string; assignments: number; sequence: number }>(ctx, 'roundPlans:exportPack', args(target));
    expect(written).toMatchObject({ path: target, assignments: 4 });
    expect(existsSync(target)).toBe(true);
  });
});

describe('pack export --round --drawn', () => {
  it('writes one pack per leader’s laptop and lists the leaders without one (exit 0)', async () => {
    const dir = world.temp.file('drawn-packs');
    const forms = ALL_FORMS.map((f) => `${f.kind}=${f.templateId}`).join(',');
    const result = await runCliCaptured([
      'pack',
      'export',
      '--db',
      office.path,
      '--round',
      ROUND_UID,
      '--drawn',
      '--forms',
      forms,
      '--out-dir',
      dir,
      '--passphrase',
      PASSPHRASE,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([`${LAPTOP}.skp`]);
    expect(result.stdout).toContain('组长甲（RP00001）、组长丁（RP00004）');
    expect(result.stdout).toMatch(/组长乙（RP00002）专家库中没有登记其笔记本/);
    expect(result.stdout).toMatch(new RegExp(`组长丙（RP00003）其笔记本尚未注册或证书已吊销（${GHOST_LAPTOP}）`));
    expect(result.stdout).toContain(`备案记录 ${filings[5]?.filingId} 的专家组未抽到组长`);
  });

  it('a malformed --forms is refused as an option (exit 2) and writes nothing', async () => {
    const dir = world.temp.file('refused-packs');
    const result = await runCliCaptured([
      'pack',
      'export',
      '--db',
      office.path,
      '--round',
      ROUND_UID,
      '--drawn',
      '--forms',
      'socialOrg',
      '--out-dir',
      dir,
      '--passphrase',
      PASSPHRASE,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--forms');
    expect(existsSync(dir)).toBe(false);
  });
});
