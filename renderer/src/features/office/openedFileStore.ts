import { create } from 'zustand';
import type { SyncOpenedFile } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';

type Target = { fileId: number } | { exportFile: string };

interface OpenedFileState {
  busy: boolean;
  opened: SyncOpenedFile | null;
  /** An imported file (its signatures were checked), not one of our own exports. */
  fromBundle: boolean;
  error: string | null;
  /** Imported signed PDFs and exported summaries open in the system viewer; PDFs come back with their signatures checked. */
  open(target: Target): Promise<void>;
  /** Forget the last file (another tab is shown: its message would be out of place there). */
  clear(): void;
}

export const useOpenedFileStore = create<OpenedFileState>((set) => ({
  busy: false,
  opened: null,
  fromBundle: false,
  error: null,
  async open(target) {
    set({ busy: true, error: null, opened: null, fromBundle: 'fileId' in target });
    try {
      set({ opened: await call('sync:openFile', target), busy: false });
    } catch (error) {
      set({ error: errorMessage(error), busy: false });
    }
  },
  clear() {
    set({ opened: null, error: null });
  },
}));
