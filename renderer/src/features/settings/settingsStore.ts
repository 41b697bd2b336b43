import { create } from 'zustand';
import type { SettingsInfo } from '../../../../shared/ipc/channels/settings';
import { call, errorMessage } from '../../lib/call';

interface SettingsState {
  info: SettingsInfo | null;
  saving: boolean;
  saved: boolean;
  error: string | null;
  load(): Promise<void>;
  saveName(name: string): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  info: null,
  saving: false,
  saved: false,
  error: null,
  async load() {
    try {
      set({ info: await call('settings:get', {}), error: null, saved: false });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async saveName(name) {
    set({ saving: true, saved: false, error: null });
    try {
      set({ info: await call('settings:setInspectorName', { name }), saving: false, saved: true });
    } catch (error) {
      set({ saving: false, error: errorMessage(error) });
    }
  },
}));
