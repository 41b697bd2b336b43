import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExperts } from '../../../db/repositories/experts';
import type { RoundDrawRecord } from '../../../shared/domain/double-random/types';
import type { RoundPlanView } from '../../../shared/ipc/channels/round-plans';
import { runCliCaptured } from '../../support/cli';
import { officeTemplate, processRules, seedProvince, withStore, YEAR } from './round-plan-fixtures';

let office: ReturnType<typeof officeTemplate>;
beforeAll(() => {
  office = officeTemplate();
}, 120_000);
afterAll(() => office.cleanup());

const sha256OfHex = (hex: string): string => createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');

/** An office store with the fixtures' province and a plan by the process-check rules; the round's uid. */
async function plannedStore(extra: string[] = []): Promise<{ db: string; uid: string; create: { stdout: string } }> {
  const db = office.copy();
  withStore(db, (store) => seedProvince(store));
  const rules = office.temp.file(`rules-${randomBytes(8).toString('hex')}.json`);
  writeFileSync(rules, JSON.stringify(processRules()));
  const create = await runCliCaptured([
    'round',
    'create',
    '--db',
    db,
    '--name',
    `${YEAR}年度过程化资料抽检`,
    '--year',
    String(YEAR),
    '--rules',
    rules,
    ...extra,
  ]);
  expect(create.code, create.stderr).toBe(0);
  const uid = extra.includes('--json')
    ? (JSON.parse(create.stdout) as RoundPlanView).round.uid
    : (/编号 ([0-9a-f]{32})/.exec(create.stdout)?.[1] ?? '');
  expect(uid).toMatch(/^[0-9a-f]{32}$/);
  return { db, uid, create };
}

describe('round create / draw / verify / export-record / show on the command line', () => {
  it('create prints the seed’s SHA-256 first; the seed shown after the draw hashes to it', async () => {
    const { db, uid, create } = await plannedStore();
    const firstLine = create.stdout.split('\n')[0] ?? '';
    const hash = /([0-9a-f]{64})/.exec(firstLine)?.[1];
    expect(firstLine).toContain('SHA-256');
    const before = JSON.parse((await runCliCaptured(['round', 'show', '--db', db, '--round', uid, '--json'])).stdout) as RoundPlanView;
    expect(before.seed).toBeNull();
    expect(before.seedHash).toBe(hash);
    const draw = await runCliCaptured(['round', 'draw', '--db', db, '--round', uid]);
    expect(draw.code, draw.stderr).toBe(0);
    expect(draw.stdout).toContain('抽中备案');
    expect(draw.stdout).toContain('专家组');
    expect(draw.stdout).toContain('回避');
    const after = JSON.parse((await runCliCaptured(['round', 'show', '--db', db, '--round', uid, '--json'])).stdout) as RoundPlanView;
    expect(sha256OfHex(after.seed ?? '')).toBe(hash);
  }, 60_000);

  it('an announced seed with its note; a malformed seed, or a note without a seed, stores nothing (exit 2)', async () => {
    const seed = 'ABCDEF0123456789abcdef0123456789';
    const { db, uid, create } = await plannedStore(['--seed', seed, '--seed-note', '2026-12-01 双色球开奖号码', '--json']);
    const view = JSON.parse(create.stdout) as RoundPlanView;
    expect(view.round.uid).toBe(uid);
    expect(view).toMatchObject({ seedSource: 'announced', seedNote: '2026-12-01 双色球开奖号码', seedHash: sha256OfHex(seed.toLowerCase()) });
    const bad = await runCliCaptured(['round', 'create', '--db', db, '--name', 'x', '--year', String(YEAR), '--seed', 'xyz']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--seed');
    const noteOnly = await runCliCaptured(['round', 'create', '--db', db, '--name', 'x', '--year', String(YEAR), '--seed-note', '说明']);
    expect(noteOnly.code).toBe(2);
    expect(noteOnly.stderr).toContain('ROUND_SEED_NOTE_WITHOUT_SEED');
    const rounds = await runCliCaptured(['rounds', 'list', '--db', db, '--json']);
    expect((JSON.parse(rounds.stdout) as unknown[]).length).toBe(1);
  }, 60_000);

  it('a rules file with a bad field is refused naming it; rules after the draw are refused (exit 2)', async () => {
    const { db, uid } = await plannedStore();
    const bad = office.temp.file('bad-rules.json');
    writeFileSync(bad, JSON.stringify({ ...processRules(), spotCheckPercent: { enterprise: 150, college: 0, socialOrg: 0 } }));
    const refused = await runCliCaptured(['round', 'rules', '--db', db, '--round', uid, '--rules', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('spotCheckPercent.enterprise');
    const good = office.temp.file('good-rules.json');
    writeFileSync(good, JSON.stringify(processRules()));
    expect((await runCliCaptured(['round', 'rules', '--db', db, '--round', uid, '--rules', good])).code).toBe(0);
    expect((await runCliCaptured(['round', 'draw', '--db', db, '--round', uid])).code).toBe(0);
    const again = await runCliCaptured(['round', 'draw', '--db', db, '--round', uid]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('ROUND_ALREADY_DRAWN');
    const late = await runCliCaptured(['round', 'rules', '--db', db, '--round', uid, '--rules', good]);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('ROUND_ALREADY_DRAWN');
  }, 60_000);

  it('verify exits 0 from the store and from the exported files, 1 once a directory file is tampered with', async () => {
    const { db, uid } = await plannedStore();
    expect((await runCliCaptured(['round', 'verify', '--db', db, '--round', uid])).code).toBe(2); // not drawn yet: ROUND_NOT_DRAWN
    expect((await runCliCaptured(['round', 'draw', '--db', db, '--round', uid])).code).toBe(0);
    const stored = await runCliCaptured(['round', 'verify', '--db', db, '--round', uid]);
    expect(stored.code, stored.stdout + stored.stderr).toBe(0);
    expect(stored.stdout).toContain('复核一致');
    expect(stored.stdout).toContain('与抽取时相同');

    const out = office.temp.file(`export-${uid}`);
    expect((await runCliCaptured(['round', 'export-record', '--db', db, '--round', uid, '--out', out])).code).toBe(0);
    const files = { record: `${out}/record.json`, institutions: `${out}/institutions.json`, experts: `${out}/experts.json` };
    const idNumbers = withStore(db, (store) => listExperts(store).map((expert) => expert.idNumber));
    for (const path of Object.values(files)) for (const idNumber of idNumbers) expect(readFileSync(path, 'utf8')).not.toContain(idNumber);
    const verifyFiles = ['round', 'verify', '--record', files.record, '--institutions', files.institutions, '--experts', files.experts];
    expect((await runCliCaptured(verifyFiles)).code).toBe(0);

    const institutions = JSON.parse(readFileSync(files.institutions, 'utf8')) as { filings: { validTo: string | null }[] };
    const first = institutions.filings[0];
    if (first) first.validTo = '2099-12-31';
    writeFileSync(files.institutions, JSON.stringify(institutions));
    const tampered = await runCliCaptured(verifyFiles);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('复核不一致');

    const record = JSON.parse(readFileSync(files.record, 'utf8')) as RoundDrawRecord;
    expect(record.roundUid).toBe(uid);
    const both = await runCliCaptured(['round', 'verify', '--db', db, '--round', uid, '--record', files.record]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--record');
  }, 90_000);

  it('after the draw the store may change: verify still passes and says the current directory differs', async () => {
    const { db, uid } = await plannedStore();
    expect((await runCliCaptured(['round', 'draw', '--db', db, '--round', uid])).code).toBe(0);
    withStore(db, (store) => store.prepare("UPDATE experts SET region = '晋中市' WHERE code = 'ZJ00003'").run());
    const verified = await runCliCaptured(['round', 'verify', '--db', db, '--round', uid, '--json']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, currentStore: { institutionsUnchanged: true, expertsUnchanged: false } });
  }, 60_000);

  it('a degenerate pool (every expert conflicted or gone) draws with recorded shortfalls and exits 0', async () => {
    const { db, uid } = await plannedStore();
    withStore(db, (store) => store.prepare('UPDATE experts SET active = 0').run());
    const draw = await runCliCaptured(['round', 'draw', '--db', db, '--round', uid, '--json']);
    expect(draw.code, draw.stderr).toBe(0);
    const record = JSON.parse(draw.stdout) as RoundDrawRecord;
    expect(record.selected.length).toBeGreaterThan(0);
    expect(record.panels.every((panel) => panel.shortfall !== null && panel.seats.length === 0)).toBe(true);
    expect(record.notes.map((note) => note.code)).toContain('PANEL_SHORT');
    const text = await runCliCaptured(['round', 'show', '--db', db, '--round', uid]);
    expect(text.stdout).toContain('未配齐');
    expect(text.stdout).toContain('PANEL_SHORT');
    expect((await runCliCaptured(['round', 'verify', '--db', db, '--round', uid])).code).toBe(0);
  }, 60_000);

  it('an unknown round and a database that is not the office’s are refused with exit 2', async () => {
    const db = office.copy();
    const missing = await runCliCaptured(['round', 'show', '--db', db, '--round', 'a'.repeat(32)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ROUND_PLAN_NOT_FOUND');
    const laptop = office.temp.file('laptop.sqlite');
    expect((await runCliCaptured(['db', 'migrate', '--db', laptop])).code).toBe(0);
    const refused = await runCliCaptured(['round', 'create', '--db', laptop, '--name', 'x', '--year', String(YEAR)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('SYNC_NOT_SET_UP');
  }, 60_000);
});
