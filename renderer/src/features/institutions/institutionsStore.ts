import { create } from 'zustand';
import type { InstitutionListRow } from '../../../../shared/ipc/channels/institutions';
import { getApi } from '../../lib/api';

interface InstitutionsState {
  query: string;
  rows: InstitutionListRow[];
  loaded: boolean;
  error: string | null;
  setQuery(query: string): void;
  load(): Promise<void>;
}

export const useInstitutionsStore = create<InstitutionsState>((set, get) => ({
  query: '',
  rows: [],
  loaded: false,
  error: null,
  setQuery(query) {
    set({ query });
    void get().load();
  },
  async load() {
    const query = get().query.trim();
    const result = await getApi().invoke['institutions:list'](query ? { query } : {});
    // A slower earlier answer must not overwrite a newer query's rows.
    if (get().query.trim() !== query) return;
    if (result.ok) set({ rows: result.value, loaded: true, error: null });
    else set({ loaded: true, error: result.error.message });
  },
}));
