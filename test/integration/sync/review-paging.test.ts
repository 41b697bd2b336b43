import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createRevision } from '../../../db/repositories/revisions';
import { advanceInspectionStatus } from '../../../db/repositories/inspections';
import { listImportedInspections } from '../../../db/repositories/sync-imports';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { conflictFlags, isHead } from '../../../electron/services/sync/review/conflict-state';
import { listConflicts, listReview, listReviewPage, reviewInspection } from '../../../electron/services/sync/review/review-list';
import type { SyncReviewPage } from '../../../shared/ipc/channels/sync';
import type { HandlerContext } from '../../../electron/handlers/context';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, type Office } from './sync-fixtures';

// Issue 17 §6: the review screen reads one page at a time. A page must show what the whole list shows at its place:
// the same items in the same order, with the same 冲突 / superseded flags (which depend on versions off the page).
let world: ReturnType<typeof makeWorld>;
let office: Office;
let officeCtx: HandlerContext;

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  const filings = [...filingsOfYear(office.db, 2020), ...filingsOfYear(office.db, 2021)].slice(0, 5);
  const zhang = world.field(office, 'laptop-01', '张三', filings);
  officeCtx = { ...zhang.ctx, db: office.db, databasePath: office.path };
  const li = world.field(office, 'laptop-02', '李四', filings.slice(0, 3));
  const revised: number[] = [];
  for (const filing of filings) revised.push(await inspect(zhang, filing));
  for (const filing of filings.slice(0, 3)) await inspect(li, filing, { date: '2023-09-06' });
  importBundle(office.db, exportBundle(world, zhang, 'zhang-1.skb'), office.keys, NOW);
  importBundle(office.db, exportBundle(world, li, 'li-1.skb'), office.keys, NOW);
  // A revision of laptop-01's first inspection supersedes the version imported above.
  const revision = createRevision(zhang.db, revised[0] as number, '更正扣分', '张三', NOW.toISOString());
  advanceInspectionStatus(zhang.db, revision.id, 'signed', '张三', null, NOW.toISOString());
  importBundle(office.db, exportBundle(world, zhang, 'zhang-2.skb'), office.keys, new Date(NOW.getTime() + 1000));
  // One conflict resolved by acceptance, one version returned.
  const all = listReview(office.db);
  const second = all.find((i) => i.deviceKey === 'laptop-01' && i.filingId === filings[1]);
  const third = all.find((i) => i.deviceKey === 'laptop-02' && i.filingId === filings[2]);
  reviewInspection(office.db, { importedId: second!.importedId, decision: 'accepted', actor: '科长', now: new Date(NOW.getTime() + 2000) });
  reviewInspection(office.db, {
    importedId: third!.importedId,
    decision: 'returned',
    comment: '重复',
    actor: '科长',
    now: new Date(NOW.getTime() + 3000),
  });
}, 300_000);
afterAll(() => world.close());

describe('review list by pages', () => {
  it('the pages, put together, are the whole list in import order; total and pending are of the whole list', () => {
    const all = listReview(office.db);
    expect(all.length).toBe(9);
    expect(all.map((i) => i.importedId)).toEqual([...all.map((i) => i.importedId)].sort((a, b) => a - b));
    for (const size of [1, 2, 4, 50]) {
      const pages = [];
      for (let offset = 0; offset < all.length; offset += size) {
        const page = listReviewPage(office.db, { limit: size, offset });
        expect(page).toMatchObject({ total: all.length, offset, limit: size });
        expect(page.pending).toBe(all.filter((i) => i.reviewStatus === 'pending' && !i.superseded).length);
        pages.push(...page.items);
      }
      expect(pages).toEqual(all);
    }
    expect(listReviewPage(office.db, { limit: 4, offset: all.length }).items).toEqual([]);
  });

  it('flags 冲突 and superseded by the same rule as before (every version of the assessment counts, on the page or not)', () => {
    const records = listImportedInspections(office.db);
    const inConflict = conflictFlags(records);
    const expected = records.map((r) => ({ importedId: r.id, inConflict: inConflict.get(r.id), superseded: !isHead(r, records) }));
    const paged = [0, 2, 4, 6, 8].flatMap((offset) => listReviewPage(office.db, { limit: 2, offset }).items);
    expect(paged.map(({ importedId, inConflict, superseded }) => ({ importedId, inConflict, superseded }))).toEqual(expected);
    expect(expected.filter((e) => e.superseded)).toHaveLength(1);
    expect(expected.filter((e) => e.inConflict).length).toBeGreaterThan(0);
    expect(expected.filter((e) => !e.inConflict).length).toBeGreaterThan(0);
  });

  it('conflicts list every assessment with more than one current version', () => {
    const all = listReview(office.db);
    const heads = all.filter((i) => !i.superseded);
    const keys = [...new Set(heads.map((i) => i.conflictKey))].filter((key) => heads.filter((i) => i.conflictKey === key).length > 1);
    const conflicts = listConflicts(office.db);
    expect(conflicts.map((c) => c.conflictKey)).toEqual(keys);
    for (const conflict of conflicts) expect(conflict.versions).toEqual(heads.filter((i) => i.conflictKey === conflict.conflictKey));
    expect(conflicts.map((c) => c.resolved).sort()).toEqual([false, true, true]);
  });

  it('sync:reviewList takes limit and offset, 50 a page unless told', async () => {
    const ctx = officeCtx;
    const first = await dispatch(ctx, 'sync:reviewList', {});
    expect(first.ok).toBe(true);
    const page = (first as { value: SyncReviewPage }).value;
    expect(page).toMatchObject({ total: 9, offset: 0, limit: 50 });
    expect(page.items).toHaveLength(9);
    const second = await dispatch(ctx, 'sync:reviewList', { limit: 3, offset: 3 });
    expect((second as { value: SyncReviewPage }).value.items.map((i) => i.importedId)).toEqual(page.items.slice(3, 6).map((i) => i.importedId));
    expect(await dispatch(ctx, 'sync:reviewList', { limit: 0 })).toMatchObject({ ok: false });
    expect(await dispatch(ctx, 'sync:reviewList', { offset: -1 })).toMatchObject({ ok: false });
    expect(await dispatch(ctx, 'sync:reviewList', { limit: 3, extra: 1 })).toMatchObject({ ok: false });
  });
});
