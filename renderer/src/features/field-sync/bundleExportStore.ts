import { create } from 'zustand';
import { call, errorMessage } from '../../lib/call';
import type { KeySecrets } from './keySecrets';

export type BundleExportOutcome =
  { kind: 'done'; sequence: number; inspections: number; path: string; name: string } | { kind: 'failed'; message: string };

interface BundleExportState {
  busy: boolean;
  outcome: BundleExportOutcome | null;
  /** 另存为 first (main writes only where the inspector chose), then the export; null when the dialog was cancelled. */
  run(dialog: { title: string; defaultName: string }, secrets: KeySecrets): Promise<BundleExportOutcome | null>;
}

export const useBundleExportStore = create<BundleExportState>((set) => ({
  busy: false,
  outcome: null,
  async run(dialog, { pin, keyPassphrase }) {
    set({ busy: true, outcome: null });
    try {
      const chosen = await call('files:chooseSave', { kind: 'sync-bundle', title: dialog.title, defaultName: dialog.defaultName });
      if (chosen.path === null || chosen.name === null) {
        set({ busy: false });
        return null;
      }
      const result = await call('sync:exportBundle', { path: chosen.path, ...(pin ? { pin } : {}), ...(keyPassphrase ? { keyPassphrase } : {}) });
      const outcome: BundleExportOutcome = { kind: 'done', ...result, path: chosen.path, name: chosen.name };
      set({ busy: false, outcome });
      return outcome;
    } catch (error) {
      const outcome: BundleExportOutcome = { kind: 'failed', message: errorMessage(error) };
      set({ busy: false, outcome });
      return outcome;
    }
  },
}));
