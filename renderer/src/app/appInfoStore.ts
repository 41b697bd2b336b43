import { create } from 'zustand';
import type { AppInfo } from '../../../shared/ipc/channels/app';
import { getApi } from '../lib/api';

interface AppInfoState {
  info: AppInfo | null;
  load(): Promise<void>;
}

export const useAppInfoStore = create<AppInfoState>((set) => ({
  info: null,
  async load() {
    const result = await getApi().invoke['app:info']({});
    if (result.ok) set({ info: result.value });
  },
}));
