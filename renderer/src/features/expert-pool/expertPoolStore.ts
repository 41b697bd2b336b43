import { create } from 'zustand';
import type { ExpertView } from '../../../../shared/ipc/channels/experts';
import { call, errorMessage } from '../../lib/call';
import type { ExpertSaveArgs } from './expertForm';

/** Which expert the form edits: none (form closed), a new one, or one of the list by id. */
export type ExpertEditing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; expert: ExpertView };

interface ExpertPoolState {
  experts: ExpertView[];
  loaded: boolean;
  query: string;
  activeOnly: boolean;
  editing: ExpertEditing;
  busy: boolean;
  /** Main's refusal of the last list or toggle, in the interface's words. */
  error: string | null;
  /** The expert last saved, for the status line. */
  saved: ExpertView | null;
  load(): Promise<void>;
  setQuery(query: string): void;
  setActiveOnly(activeOnly: boolean): void;
  edit(editing: ExpertEditing): void;
  /** Saves and reloads the list; resolves to main's refusal in words, or null when saved. */
  save(args: ExpertSaveArgs): Promise<string | null>;
  setActive(expert: ExpertView, active: boolean): Promise<void>;
}

export const useExpertPoolStore = create<ExpertPoolState>((set, get) => ({
  experts: [],
  loaded: false,
  query: '',
  activeOnly: false,
  editing: { mode: 'closed' },
  busy: false,
  error: null,
  saved: null,
  async load() {
    const { query, activeOnly } = get();
    try {
      const experts = await call('experts:list', { ...(query.trim() ? { query: query.trim() } : {}), activeOnly });
      // A slower answer to an older search must not overwrite the newer one.
      if (get().query === query && get().activeOnly === activeOnly) set({ experts, loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error), loaded: true });
    }
  },
  setQuery(query) {
    set({ query });
    void get().load();
  },
  setActiveOnly(activeOnly) {
    set({ activeOnly });
    void get().load();
  },
  edit(editing) {
    set({ editing, saved: null });
  },
  async save(args) {
    set({ busy: true, saved: null });
    try {
      const saved = await call('experts:save', args);
      set({ busy: false, saved, editing: { mode: 'closed' } });
      await get().load();
      return null;
    } catch (error) {
      set({ busy: false });
      return errorMessage(error);
    }
  },
  async setActive(expert, active) {
    set({ busy: true, error: null, saved: null });
    try {
      await call('experts:setActive', { id: expert.id, active });
      set({ busy: false });
      await get().load();
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
    }
  },
}));
