import { create } from 'zustand';
import type { SummaryFormat, SyncExportedFile, SyncSummary } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';

interface SummaryState {
  summary: SyncSummary | null;
  exporting: SummaryFormat | null;
  exported: SyncExportedFile | null;
  error: string | null;
  load(): Promise<void>;
  /** Writes 附件4 as XLSX or PDF into the data folder's reports; the window only learns the file's name. */
  exportAs(format: SummaryFormat): Promise<void>;
}

export const useSummaryStore = create<SummaryState>((set) => ({
  summary: null,
  exporting: null,
  exported: null,
  error: null,
  async load() {
    try {
      const { exported: _none, ...summary } = await call('sync:summary', {});
      set({ summary, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async exportAs(format) {
    set({ exporting: format, exported: null, error: null });
    try {
      const { exported, ...summary } = await call('sync:summary', { export: format });
      set({ summary, exported, exporting: null });
    } catch (error) {
      set({ error: errorMessage(error), exporting: null });
    }
  },
}));
