import { create } from 'zustand';
import type { FilingHistory } from '../../../../shared/ipc/channels/rounds';
import { call, errorMessage } from '../../lib/call';

interface FilingHistoryState {
  /** filings:history per filing id, as last loaded. */
  byFiling: Record<number, FilingHistory>;
  errors: Record<number, string>;
  load(filingId: number): Promise<FilingHistory | null>;
}

export const useFilingHistoryStore = create<FilingHistoryState>((set) => ({
  byFiling: {},
  errors: {},
  async load(filingId) {
    try {
      const history = await call('filings:history', { filingId });
      set((state) => ({ byFiling: { ...state.byFiling, [filingId]: history }, errors: withoutKey(state.errors, filingId) }));
      return history;
    } catch (error) {
      set((state) => ({ errors: { ...state.errors, [filingId]: errorMessage(error) } }));
      return null;
    }
  },
}));

function withoutKey(errors: Record<number, string>, key: number): Record<number, string> {
  const { [key]: _dropped, ...rest } = errors;
  return rest;
}
