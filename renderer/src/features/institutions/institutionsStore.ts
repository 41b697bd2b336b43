import { create } from 'zustand';
import type { InstitutionListRow } from '../../../../shared/ipc/channels/institutions';
import { call, errorMessage } from '../../lib/call';
import { noFilters, searchKey, type InstitutionFilters } from './filterInstitutions';

/** Every filing is loaded once; searching and filtering happen in the window so each keystroke costs no IPC. */
const ALL_ROWS = 100_000;

interface InstitutionsState {
  rows: InstitutionListRow[];
  keys: string[];
  filters: InstitutionFilters;
  loaded: boolean;
  error: string | null;
  setFilter<K extends keyof InstitutionFilters>(key: K, value: InstitutionFilters[K]): void;
  clearFilters(): void;
  load(): Promise<void>;
}

export const useInstitutionsStore = create<InstitutionsState>((set) => ({
  rows: [],
  keys: [],
  filters: noFilters,
  loaded: false,
  error: null,
  setFilter(key, value) {
    set((state) => ({ filters: { ...state.filters, [key]: value } }));
  },
  clearFilters() {
    set({ filters: noFilters });
  },
  async load() {
    try {
      const rows = await call('institutions:list', { limit: ALL_ROWS });
      set({ rows, keys: rows.map(searchKey), loaded: true, error: null });
    } catch (error) {
      set({ loaded: true, error: errorMessage(error) });
    }
  },
}));
