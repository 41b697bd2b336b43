import { create } from 'zustand';
import type { InspectionSummary } from '../../../../shared/ipc/channels/inspections';
import type { InstitutionDetail } from '../../../../shared/ipc/channels/institutions';
import { call, errorMessage } from '../../lib/call';

interface InstitutionDetailState {
  detail: InstitutionDetail | null;
  inspections: InspectionSummary[];
  error: string | null;
  load(id: number): Promise<void>;
}

export const useInstitutionDetailStore = create<InstitutionDetailState>((set) => ({
  detail: null,
  inspections: [],
  error: null,
  async load(id) {
    set((state) => (state.detail?.id === id ? state : { detail: null, inspections: [], error: null }));
    try {
      const [detail, inspections] = await Promise.all([
        call('institutions:get', { id, includeCandidates: true }),
        call('inspections:list', { institutionId: id }),
      ]);
      set({ detail, inspections, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
