import { create } from 'zustand';
import type { SyncStatus } from '../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../lib/call';

interface SyncStatusState {
  status: SyncStatus | null;
  error: string | null;
  load(): Promise<void>;
}

/**
 * The database's sync role with what goes with it (the office's enrolled laptops, or this laptop's enrolment and
 * sequence numbers). The shell reads the role: 办公室审核 on the office's master database, 同步 everywhere else.
 */
export const useSyncStatusStore = create<SyncStatusState>((set) => ({
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

/** 'unknown' until sync:status answered, so the shell does not show a section and then take it away. */
export function useSyncRole(): SyncStatus['role'] | 'unknown' {
  return useSyncStatusStore((s) => (s.status ? s.status.role : 'unknown'));
}
