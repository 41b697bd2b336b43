import { create } from 'zustand';
import type { ArgsOf } from '../../../../shared/ipc/contract';
import type { InspectionRecord } from '../../../../shared/store/records';
import { call, errorMessage } from '../../lib/call';

interface NewInspectionState {
  creating: boolean;
  error: string | null;
  create(args: ArgsOf<'inspections:create'>): Promise<InspectionRecord | null>;
}

export const useNewInspectionStore = create<NewInspectionState>((set) => ({
  creating: false,
  error: null,
  async create(args) {
    set({ creating: true, error: null });
    try {
      const created = await call('inspections:create', args);
      set({ creating: false });
      return created;
    } catch (error) {
      set({ creating: false, error: errorMessage(error) });
      return null;
    }
  },
}));
