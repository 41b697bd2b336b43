import { create } from 'zustand';
import type { AssessmentRound } from '../../../../../shared/domain/rounds/types';
import { call, errorMessage } from '../../../lib/call';

interface RoundsState {
  rounds: AssessmentRound[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Opens a round (评估轮次) and reloads the list; the new round, or null when main refused. */
  open(name: string, year: number): Promise<AssessmentRound | null>;
}

export const useRoundsStore = create<RoundsState>((set, get) => ({
  rounds: [],
  loaded: false,
  error: null,
  async load() {
    try {
      set({ rounds: await call('rounds:list', {}), loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error), loaded: true });
    }
  },
  async open(name, year) {
    set({ error: null });
    try {
      const round = await call('rounds:open', { name, year });
      await get().load();
      return round;
    } catch (error) {
      set({ error: errorMessage(error) });
      return null;
    }
  },
}));
