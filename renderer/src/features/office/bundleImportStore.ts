import { create } from 'zustand';
import type { SyncImportReport } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';

export interface BundleSource {
  /** A file picked in the window, as base64 (how evidence travels too). */
  dataBase64?: string;
  /** A path chosen in the open dialog (granted to main for this run), for bundles too large to send through the window. */
  path?: string;
}

export type ImportOutcome =
  | { kind: 'verified'; deviceKey: string; sequence: number; signer: string; inspections: number }
  | { kind: 'import'; report: SyncImportReport }
  | { kind: 'failed'; message: string };

interface BundleImportState {
  busy: boolean;
  outcome: ImportOutcome | null;
  run(source: BundleSource, passphrase: string, verifyOnly: boolean): Promise<void>;
  reset(): void;
}

export const useBundleImportStore = create<BundleImportState>((set) => ({
  busy: false,
  outcome: null,
  async run(source, passphrase, verifyOnly) {
    set({ busy: true, outcome: null });
    try {
      const args = { ...source, passphrase };
      const outcome: ImportOutcome = verifyOnly
        ? { kind: 'verified', ...(await call('sync:verifyBundle', args)) }
        : { kind: 'import', report: await call('sync:importBundle', args) };
      set({ busy: false, outcome });
    } catch (error) {
      set({ busy: false, outcome: { kind: 'failed', message: errorMessage(error) } });
    }
  },
  reset() {
    set({ outcome: null });
  },
}));
