import { create } from 'zustand';
import { START_FRESH_CONFIRMATION, type StartFreshOutcome } from '../../../../../shared/ipc/channels/app';
import { call, errorMessage } from '../../../lib/call';
import { reloadAfterDatabaseChange } from './reloadAfterDatabaseChange';

interface SetupState {
  busy: boolean;
  error: string | null;
  /** Kept for the rest of the visit: where the demo's backup went, shown above the role choice. */
  startedFresh: StartFreshOutcome | null;
  clearError(): void;
  /** Called once the user typed the confirmation word; main checks it again. */
  startFresh(): Promise<boolean>;
  /** The passphrase is an argument, never state: it lives only in the form's fields and this one call. */
  initOffice(officeName: string, passphrase: string): Promise<boolean>;
}

/** 开始正式使用: leave the demo for an empty database, then make it the office's master database (or a field laptop). */
export const useSetupStore = create<SetupState>((set) => ({
  busy: false,
  error: null,
  startedFresh: null,
  clearError() {
    set({ error: null });
  },
  async startFresh() {
    set({ busy: true, error: null });
    try {
      const outcome = await call('app:startFresh', { confirmation: START_FRESH_CONFIRMATION });
      await reloadAfterDatabaseChange();
      set({ busy: false, startedFresh: outcome });
      return true;
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
      return false;
    }
  },
  async initOffice(officeName, passphrase) {
    set({ busy: true, error: null });
    try {
      await call('sync:initOffice', { officeName, passphrase });
      await reloadAfterDatabaseChange();
      set({ busy: false });
      return true;
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
      return false;
    }
  },
}));
