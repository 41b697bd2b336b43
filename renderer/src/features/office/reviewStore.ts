import { create } from 'zustand';
import { REVIEW_PAGE_SIZE, type SyncConflict, type SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';

interface ReviewState {
  /** The page shown: REVIEW_PAGE_SIZE versions from `offset`, in import order. */
  items: SyncReviewItem[];
  offset: number;
  /** Of the whole list: every version, and the current ones awaiting review. */
  total: number;
  pending: number;
  conflicts: SyncConflict[];
  loaded: boolean;
  error: string | null;
  /** Loads the page at `offset`, or the page shown again; the conflicts with it. */
  load(offset?: number): Promise<void>;
  /** Accept, or return with a comment (main refuses a return without one); reloads the page and the conflicts. */
  decide(importedId: number, decision: 'accepted' | 'returned', comment?: string): Promise<boolean>;
}

// A later request wins: paging quickly never shows an older page's answer after the newer one.
let latest = 0;

export const useReviewStore = create<ReviewState>((set, get) => ({
  items: [],
  offset: 0,
  total: 0,
  pending: 0,
  conflicts: [],
  loaded: false,
  error: null,
  async load(offset = get().offset) {
    const request = ++latest;
    try {
      const [page, conflicts] = await Promise.all([call('sync:reviewList', { limit: REVIEW_PAGE_SIZE, offset }), call('sync:conflicts', {})]);
      if (request !== latest) return;
      // Past the end (another store opened, fewer versions): the last page instead.
      if (page.items.length === 0 && offset > 0 && page.total > 0)
        return get().load(Math.floor((page.total - 1) / REVIEW_PAGE_SIZE) * REVIEW_PAGE_SIZE);
      set({ items: page.items, offset: page.offset, total: page.total, pending: page.pending, conflicts, loaded: true, error: null });
    } catch (error) {
      if (request === latest) set({ error: errorMessage(error), loaded: true });
    }
  },
  async decide(importedId, decision, comment) {
    try {
      // The state shown: if another office PC decided since, main refuses with OFFICE_REVIEW_CONFLICT and nothing is lost.
      const shown = get().items.find((item) => item.importedId === importedId);
      const seen = shown ? { reviewStatus: shown.reviewStatus, reviewedAt: shown.reviewedAt } : undefined;
      await call('sync:review', { importedId, decision, ...(comment ? { comment } : {}), ...(seen ? { seen } : {}) });
      await get().load();
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    }
  },
}));
