import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_PAGE_SIZE, type SyncReviewItem, type SyncReviewPage } from '../../../shared/ipc/channels/sync';
import { ReviewPager } from '../../../renderer/src/features/office/ReviewPager';
import { useReviewStore } from '../../../renderer/src/features/office/reviewStore';
import { initI18n } from '../../../renderer/src/i18n';

// Issue 17 §6: the review tab reads one page of 50 from main, pages with 上一页 / 下一页, and stays on its page after
// a decision. A fake main answers window.api and records what it was asked.

const TOTAL = 120;
const calls: { channel: string; args: Record<string, unknown> }[] = [];
const item = (importedId: number) => ({ importedId, reviewStatus: 'pending', reviewedAt: null }) as unknown as SyncReviewItem;

function fakeMain(total: number) {
  calls.length = 0;
  const answers: Record<string, (args: Record<string, unknown>) => unknown> = {
    'sync:reviewList': ({ limit, offset }): SyncReviewPage => {
      const from = Number(offset);
      const items = Array.from({ length: Math.max(0, Math.min(Number(limit), total - from)) }, (_, i) => item(from + i + 1));
      return { items, total, pending: total, offset: from, limit: Number(limit) };
    },
    'sync:conflicts': () => [],
    'sync:review': ({ importedId }) => item(Number(importedId)),
  };
  const invoke = new Proxy(
    {},
    {
      get: (_, channel: string) => async (args: Record<string, unknown>) => {
        calls.push({ channel, args });
        return { ok: true, value: answers[channel]?.(args) };
      },
    },
  );
  Object.assign(globalThis, { window: { api: { invoke } } });
}

const listCalls = () => calls.filter((c) => c.channel === 'sync:reviewList').map((c) => c.args);

beforeAll(() => initI18n('zh-CN'));

describe('review list pages', () => {
  it('asks main for one page of 50 and keeps the counts of the whole list', async () => {
    fakeMain(TOTAL);
    await useReviewStore.getState().load(0);
    expect(listCalls()).toEqual([{ limit: REVIEW_PAGE_SIZE, offset: 0 }]);
    expect(useReviewStore.getState()).toMatchObject({ offset: 0, total: TOTAL, pending: TOTAL });
    expect(useReviewStore.getState().items).toHaveLength(REVIEW_PAGE_SIZE);
  });

  it('a decision reloads the page shown, not the first', async () => {
    fakeMain(TOTAL);
    await useReviewStore.getState().load(50);
    expect(await useReviewStore.getState().decide(60, 'accepted')).toBe(true);
    expect(listCalls()).toEqual([
      { limit: REVIEW_PAGE_SIZE, offset: 50 },
      { limit: REVIEW_PAGE_SIZE, offset: 50 },
    ]);
    expect(calls.find((c) => c.channel === 'sync:review')?.args).toMatchObject({
      importedId: 60,
      seen: { reviewStatus: 'pending', reviewedAt: null },
    });
  });

  it('a page past the end (another store, fewer versions) falls back to the last page', async () => {
    fakeMain(70);
    await useReviewStore.getState().load(100);
    expect(listCalls().map((a) => a.offset)).toEqual([100, 50]);
    expect(useReviewStore.getState()).toMatchObject({ offset: 50, total: 70 });
    expect(useReviewStore.getState().items).toHaveLength(20);
  });

  it('the pager: 上一页 / 下一页 disabled at the ends, the page and 共 N 条', () => {
    const first = renderToStaticMarkup(createElement(ReviewPager, { offset: 0, total: TOTAL, onPage: () => undefined }));
    expect(first).toContain('第 1 / 3 页，第 1–50 条，共 120 条');
    expect(first).toMatch(/<button[^>]*disabled=""[^>]*>上一页<\/button>/);
    expect(first).not.toMatch(/<button[^>]*disabled=""[^>]*>下一页<\/button>/);
    const last = renderToStaticMarkup(createElement(ReviewPager, { offset: 100, total: TOTAL, onPage: () => undefined }));
    expect(last).toContain('第 3 / 3 页，第 101–120 条，共 120 条');
    expect(last).toMatch(/<button[^>]*disabled=""[^>]*>下一页<\/button>/);
    expect(renderToStaticMarkup(createElement(ReviewPager, { offset: 0, total: 0, onPage: () => undefined }))).toBe('');
  });
});
