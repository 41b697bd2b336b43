import { create } from 'zustand';
import type { InspectionSummary } from '../../../../shared/ipc/channels/inspections';
import { call, errorMessage } from '../../lib/call';

interface InspectionListState {
  inspections: InspectionSummary[];
  error: string | null;
  load(): Promise<void>;
}

export const useInspectionListStore = create<InspectionListState>((set) => ({
  inspections: [],
  error: null,
  async load() {
    try {
      set({ inspections: await call('inspections:list', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
