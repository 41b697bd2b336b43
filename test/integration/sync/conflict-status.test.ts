import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { HandlerContext } from '../../../electron/handlers/context';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { buildOpinionSummary } from '../../../electron/services/sync/review/opinion-summary';
import { listConflicts, listReview, reviewInspection } from '../../../electron/services/sync/review/review-list';
import type { SyncReviewPage } from '../../../shared/ipc/channels/sync';
import { backupDatabase } from './backup-copy';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, PASSPHRASE, type Office } from './sync-fixtures';

// Whether a version is "in conflict" is derived from the versions' review state, never stored: two versions of one
// assessment conflict until the office accepts one of them (having seen the others) or returns all but one.
let world: ReturnType<typeof makeWorld>;
let office: Office;
let template: string;
const bundles: Record<'zhang' | 'li' | 'wang', Buffer> = { zhang: Buffer.alloc(0), li: Buffer.alloc(0), wang: Buffer.alloc(0) };
const LATER = new Date(NOW.getTime() + 60_000);

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  const [filing] = filingsOfYear(office.db, 2020);
  if (filing === undefined) throw new Error('demo filing missing');
  for (const [name, device, date] of [
    ['zhang', 'laptop-01', '2023-09-05'],
    ['li', 'laptop-02', '2023-09-06'],
    ['wang', 'laptop-03', '2023-09-07'],
  ] as const) {
    const field = world.field(office, device, name, [filing]);
    await inspect(field, filing, { date });
    bundles[name] = exportBundle(world, field, `${device}.skb`);
  }
  template = world.temp.file('template.sqlite');
  backupDatabase(office.db, template);
}, 300_000);
afterAll(() => world.close());

function freshOffice(name: string) {
  const path = world.temp.file(name);
  backupDatabase(office.db, path, template);
  const { db } = openDatabase(path);
  return { db, keys: unlockOffice(db, PASSPHRASE) };
}

const byDevice = <T extends { deviceKey: string }>(items: readonly T[], device: string): T | undefined => items.find((i) => i.deviceKey === device);
const conflictFlags = (items: readonly { deviceKey: string; inConflict: boolean }[]) =>
  Object.fromEntries(items.map((i) => [i.deviceKey, i.inConflict]));

describe('conflict status of imported versions', () => {
  it('accepting one version resolves the conflict: neither version shows 冲突 any more, through the handler too', async () => {
    const target = freshOffice('accept.sqlite');
    try {
      importBundle(target.db, bundles.zhang, target.keys, NOW);
      importBundle(target.db, bundles.li, target.keys, NOW);
      expect(conflictFlags(listReview(target.db))).toEqual({ 'laptop-01': true, 'laptop-02': true });
      expect(listConflicts(target.db)[0]?.resolved).toBe(false);

      const zhang = byDevice(listReview(target.db), 'laptop-01');
      if (!zhang) throw new Error('laptop-01 version missing');
      reviewInspection(target.db, { importedId: zhang.importedId, decision: 'accepted', actor: '王主任', now: NOW });

      expect(conflictFlags(listReview(target.db))).toEqual({ 'laptop-01': false, 'laptop-02': false });
      expect(byDevice(listReview(target.db), 'laptop-02')?.reviewStatus).toBe('pending');
      expect(listConflicts(target.db)[0]?.resolved).toBe(true);

      const ctx = { db: target.db, now: () => NOW } as unknown as HandlerContext;
      const listed = await dispatch(ctx, 'sync:reviewList', {});
      if (!listed.ok) throw new Error(listed.error.message);
      expect(conflictFlags((listed.value as SyncReviewPage).items)).toEqual({ 'laptop-01': false, 'laptop-02': false });
    } finally {
      target.db.close();
    }
  });

  it('returning all versions but one resolves it; a returned version never shows 冲突', () => {
    const target = freshOffice('return.sqlite');
    try {
      importBundle(target.db, bundles.zhang, target.keys, NOW);
      importBundle(target.db, bundles.li, target.keys, NOW);
      const li = byDevice(listReview(target.db), 'laptop-02');
      if (!li) throw new Error('laptop-02 version missing');
      reviewInspection(target.db, { importedId: li.importedId, decision: 'returned', comment: '以张三的版本为准', actor: '王主任', now: NOW });
      expect(conflictFlags(listReview(target.db))).toEqual({ 'laptop-01': false, 'laptop-02': false });
      expect(listConflicts(target.db)[0]?.resolved).toBe(true);
    } finally {
      target.db.close();
    }
  });

  it('a version that arrives after the acceptance reopens the conflict; two accepted versions are a conflict', () => {
    const target = freshOffice('reopen.sqlite');
    try {
      importBundle(target.db, bundles.zhang, target.keys, NOW);
      importBundle(target.db, bundles.li, target.keys, NOW);
      const zhang = byDevice(listReview(target.db), 'laptop-01');
      if (!zhang) throw new Error('laptop-01 version missing');
      reviewInspection(target.db, { importedId: zhang.importedId, decision: 'accepted', actor: '王主任', now: NOW });
      importBundle(target.db, bundles.wang, target.keys, LATER);
      expect(conflictFlags(listReview(target.db))).toEqual({ 'laptop-01': true, 'laptop-02': true, 'laptop-03': true });
      expect(listConflicts(target.db)[0]?.resolved).toBe(false);
      // 附件4 leaves the assessment out until the reviewer has decided with every version in view.
      expect(buildOpinionSummary(target.db).excluded.map((e) => e.reason)).toEqual(['冲突未解决：有版本尚未复核']);

      // Accepting again, now that every version was seen, resolves it.
      reviewInspection(target.db, { importedId: zhang.importedId, decision: 'accepted', actor: '王主任', now: LATER });
      expect(conflictFlags(listReview(target.db))).toEqual({ 'laptop-01': false, 'laptop-02': false, 'laptop-03': false });
      expect(buildOpinionSummary(target.db).excluded).toEqual([]);

      const wang = byDevice(listReview(target.db), 'laptop-03');
      if (!wang) throw new Error('laptop-03 version missing');
      reviewInspection(target.db, { importedId: wang.importedId, decision: 'accepted', actor: '王主任', now: LATER });
      expect(conflictFlags(listReview(target.db))).toEqual({ 'laptop-01': true, 'laptop-02': true, 'laptop-03': true });
      expect(listConflicts(target.db)[0]?.resolved).toBe(false);
    } finally {
      target.db.close();
    }
  });
});
