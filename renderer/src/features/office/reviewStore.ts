import { create } from 'zustand';
import type { SyncConflict, SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';

interface ReviewState {
  items: SyncReviewItem[];
  conflicts: SyncConflict[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Accept, or return with a comment (main refuses a return without one); reloads both lists. */
  decide(importedId: number, decision: 'accepted' | 'returned', comment?: string): Promise<boolean>;
}

export const useReviewStore = create<ReviewState>((set, get) => ({
  items: [],
  conflicts: [],
  loaded: false,
  error: null,
  async load() {
    try {
      const [items, conflicts] = await Promise.all([call('sync:reviewList', {}), call('sync:conflicts', {})]);
      set({ items, conflicts, loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error), loaded: true });
    }
  },
  async decide(importedId, decision, comment) {
    try {
      await call('sync:review', { importedId, decision, ...(comment ? { comment } : {}) });
      await get().load();
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    }
  },
}));
