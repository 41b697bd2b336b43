import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../electron/handlers/context';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { scriptedDialogs, type ScriptedDialogs } from '../../harness/scripted-dialogs';
import { makeTestContext, type TestContext } from '../../support/context';
import { chooseByDialog } from '../../support/dialog-grants';
import { callOk, expectRefused } from '../../support/handler-calls';
import {
  exportBundle,
  filingsOfYear,
  inspect,
  makeWorld,
  KEY_PASSPHRASE,
  NOW,
  PASSPHRASE,
  PIN,
  SHANXI,
  type Field,
  type Office,
} from './sync-fixtures';

// The sync channels follow the import/export policy: a path the window names must come from a dialog this run, read
// grants from the open dialog, write grants from the save dialog; anything else is refused before any file is touched.
let world: ReturnType<typeof makeWorld>;
let office: Office;
let field: Field;
let renewal: number;
let bundlePath: string;

/** A context of its own over the database (grants belong to a context object), with scripted dialogs. */
function withDialogs(base: HandlerContext, db: Office | Field): { ctx: HandlerContext; dialogs: ScriptedDialogs } {
  const dialogs = scriptedDialogs();
  return {
    dialogs,
    ctx: { ...base, db: db.db, databasePath: db.path, chooseOpenFile: dialogs.chooseOpenFile, chooseSaveFile: dialogs.chooseSaveFile },
  };
}

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  [renewal] = filingsOfYear(office.db, 2020) as [number];
  field = world.field(office, 'laptop-01', '张三', [renewal]);
  await inspect(field, renewal);
  exportBundle(world, field, 'laptop-01-1.skb');
  bundlePath = world.temp.file('laptop-01-1.skb');
}, 60_000);
afterAll(() => world?.close());

describe('office: a bundle named by path needs the open dialog', () => {
  it('an ungranted, a missing or a save-dialog path is PATH_NOT_GRANTED before the passphrase or the file is looked at', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, office);
    for (const channel of ['sync:verifyBundle', 'sync:importBundle']) {
      const message = await expectRefused(ctx, channel, { path: bundlePath, passphrase: PASSPHRASE }, 'PATH_NOT_GRANTED');
      expect(message).toContain('laptop-01-1.skb');
      await expectRefused(ctx, channel, { path: bundlePath, passphrase: 'wrong-passphrase' }, 'PATH_NOT_GRANTED');
      await expectRefused(ctx, channel, { path: world.temp.file('never-there.skb'), passphrase: PASSPHRASE }, 'PATH_NOT_GRANTED');
    }
    // Chosen as a place to write, not a file to read.
    const saved = await chooseByDialog(ctx, dialogs, 'save', 'sync-bundle', world.temp.file('elsewhere.skb'));
    await expectRefused(ctx, 'sync:importBundle', { path: saved, passphrase: PASSPHRASE }, 'PATH_NOT_GRANTED');
  });

  it('the open dialog offers .skb only; once chosen, the same path verifies and imports', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, office);
    const path = await chooseByDialog(ctx, dialogs, 'open', 'sync-bundle', bundlePath);
    expect(dialogs.shown.at(-1)?.extensions).toEqual(['skb']);
    expect(await callOk(ctx, 'sync:verifyBundle', { path, passphrase: PASSPHRASE })).toMatchObject({ deviceKey: 'laptop-01', inspections: 1 });
    expect(await callOk(ctx, 'sync:importBundle', { path, passphrase: PASSPHRASE })).toMatchObject({ status: 'imported', added: 1 });
  });
});

describe('laptop: a bundle is written only where the save dialog said', () => {
  it('an ungranted place is PATH_NOT_GRANTED: no file created, database unchanged', async () => {
    const { ctx } = withDialogs(field.ctx, field);
    const target = world.temp.file('not-chosen.skb');
    const message = await expectRefused(ctx, 'sync:exportBundle', { path: target, keyPassphrase: KEY_PASSPHRASE }, 'PATH_NOT_GRANTED');
    expect(message).toMatch(/^不能写入“not-chosen\.skb”：/);
    expect(existsSync(target)).toBe(false);
  });

  it('a file chosen to read (open dialog) is not overwritten', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, field);
    const before = readFileSync(bundlePath);
    const opened = await chooseByDialog(ctx, dialogs, 'open', 'sync-bundle', bundlePath);
    await expectRefused(ctx, 'sync:exportBundle', { path: opened, keyPassphrase: KEY_PASSPHRASE }, 'PATH_NOT_GRANTED');
    expect(readFileSync(bundlePath).equals(before)).toBe(true);
  });

  it('the save dialog’s place is written, and the written bundle may then be opened', async () => {
    const { ctx, dialogs } = withDialogs(field.ctx, field);
    const target = await chooseByDialog(ctx, dialogs, 'save', 'sync-bundle', world.temp.file('laptop-01-2'));
    expect(target).toBe(world.temp.file('laptop-01-2.skb'));
    expect(await callOk(ctx, 'sync:exportBundle', { path: target, keyPassphrase: KEY_PASSPHRASE })).toMatchObject({ sequence: 2, inspections: 1 });
    expect(readFileSync(target).subarray(0, 8).toString()).toBe('SKISYNC1');
    expect(await callOk(ctx, 'files:open', { path: target })).toEqual({ opened: false, name: 'laptop-01-2.skb' });
  });
});

describe('laptop: the first task pack and its certificate both come from the open dialog', () => {
  let laptop: TestContext;
  let packPath: string;
  let p12Path: string;

  beforeAll(() => {
    laptop = makeTestContext({ now: () => NOW });
    const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '李四', deviceKey: 'laptop-02', pin: PIN, now: NOW });
    const pack = exportPack(office.db, office.keys, {
      deviceKey: 'laptop-02',
      assignments: withForm([renewal], SHANXI),
      now: NOW,
      appVersion: 'test',
    });
    packPath = world.temp.file('laptop-02-1.skp');
    p12Path = world.temp.file('李四-laptop-02.p12');
    writeFileSync(packPath, pack.bytes);
    writeFileSync(p12Path, enrolment.pkcs12);
  });
  afterAll(() => laptop?.cleanup());

  it('refuses the pack, then the certificate, until each was chosen to read; nothing is loaded meanwhile', async () => {
    await expectRefused(laptop, 'sync:importPack', { path: packPath, p12Path, pin: PIN, keyPassphrase: KEY_PASSPHRASE }, 'PATH_NOT_GRANTED');
    const pack = await chooseByDialog(laptop, laptop.dialogs, 'open', 'sync-pack', packPath);
    const message = await expectRefused(
      laptop,
      'sync:importPack',
      { path: pack, p12Path, pin: PIN, keyPassphrase: KEY_PASSPHRASE },
      'PATH_NOT_GRANTED',
    );
    expect(message).toContain('.p12');
    const savedP12 = await chooseByDialog(laptop, laptop.dialogs, 'save', 'p12', p12Path);
    await expectRefused(laptop, 'sync:importPack', { path: pack, p12Path: savedP12, pin: PIN, keyPassphrase: KEY_PASSPHRASE }, 'PATH_NOT_GRANTED');
    // The kinds are fixed: a certificate is not offered where a pack is asked for.
    laptop.dialogs.answerNext(p12Path, 'open');
    await expectRefused(laptop, 'files:chooseOpen', { kind: 'sync-pack', title: '选择任务包' }, 'FILE_KIND');
  });

  it('imports once both were chosen in the open dialog', async () => {
    const pack = await chooseByDialog(laptop, laptop.dialogs, 'open', 'sync-pack', packPath);
    const certificate = await chooseByDialog(laptop, laptop.dialogs, 'open', 'p12', p12Path);
    expect(laptop.dialogs.shown.slice(-2).map((d) => d.extensions)).toEqual([['skp'], ['p12']]);
    expect(await callOk(laptop, 'sync:importPack', { path: pack, p12Path: certificate, pin: PIN, keyPassphrase: KEY_PASSPHRASE })).toEqual({
      status: 'imported',
      sequence: 1,
      inspectorName: '李四',
      assignments: 1,
      institutions: 1,
      // The filing's candidates, as the office holds them.
      candidates: (
        office.db.prepare('SELECT count(*) AS n FROM candidates c JOIN batches b ON b.id = c.batch_id WHERE b.filing_id = ?').get(renewal) as {
          n: number;
        }
      ).n,
    });
  });
});
