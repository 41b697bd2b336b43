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

export const useInstitutionDetailStore = create<InstitutionDetailState>((set) => {
  // Each load takes a number; only the latest may write, so a slow answer for an institution left since (or an
  // older load of the same one) cannot replace what is on screen.
  let latestLoad = 0;
  return {
    detail: null,
    inspections: [],
    error: null,
    async load(id) {
      const load = ++latestLoad;
      set((state) => (state.detail?.id === id ? state : { detail: null, inspections: [], error: null }));
      try {
        const [detail, inspections] = await Promise.all([
          call('institutions:get', { id, includeCandidates: true }),
          call('inspections:list', { institutionId: id }),
        ]);
        if (load === latestLoad) set({ detail, inspections, error: null });
      } catch (error) {
        if (load === latestLoad) set({ error: errorMessage(error) });
      }
    },
  };
});
