import { create } from 'zustand';
import type { SyncStatus } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';

interface OfficeStatusState {
  status: SyncStatus | null;
  error: string | null;
  load(): Promise<void>;
}

/** The database's sync role and enrolled laptops: the shell shows 办公室审核 only on the office's master database. */
export const useOfficeStatusStore = create<OfficeStatusState>((set) => ({
  status: null,
  error: null,
  async load() {
    try {
      set({ status: await call('sync:status', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

export function useIsOffice(): boolean {
  return useOfficeStatusStore((s) => s.status?.role === 'office');
}
