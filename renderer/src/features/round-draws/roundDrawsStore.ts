import { create } from 'zustand';
import type { RoundRules, RoundVerification } from '../../../../shared/domain/double-random/types';
import type { RoundPackTarget, RoundPlanSummary, RoundPlanView } from '../../../../shared/ipc/channels/round-plans';
import type { ArgsOf } from '../../../../shared/ipc/contract';
import { call, errorMessage } from '../../lib/call';

type CreateArgs = ArgsOf<'roundPlans:create'>;

interface RoundDrawsState {
  plans: RoundPlanSummary[];
  loaded: boolean;
  /** The plan shown below the list, fetched again after every change. */
  plan: RoundPlanView | null;
  /** The packs a drawn plan gives (roundPlans:packs); empty before the draw. */
  packs: RoundPackTarget[];
  verification: RoundVerification | null;
  busy: boolean;
  error: string | null;
  load(): Promise<void>;
  select(roundUid: string): Promise<void>;
  /** Each write resolves to main's refusal in words, or null when it went through. */
  create(args: CreateArgs): Promise<string | null>;
  saveRules(rules: RoundRules): Promise<string | null>;
  draw(): Promise<string | null>;
  verify(): Promise<void>;
  loadPacks(): Promise<void>;
}

export const useRoundDrawsStore = create<RoundDrawsState>((set, get) => {
  /** Runs one write that answers with the plan, shows that plan and refreshes the list. */
  async function change(write: () => Promise<RoundPlanView>): Promise<string | null> {
    set({ busy: true, error: null });
    try {
      const plan = await write();
      set({ plan, busy: false, verification: null, packs: [] });
      await get().load();
      if (plan.draw) await get().loadPacks();
      return null;
    } catch (error) {
      set({ busy: false });
      return errorMessage(error);
    }
  }

  const shownUid = (): string | null => get().plan?.round.uid ?? null;

  return {
    plans: [],
    loaded: false,
    plan: null,
    packs: [],
    verification: null,
    busy: false,
    error: null,
    async load() {
      try {
        set({ plans: await call('roundPlans:list', {}), loaded: true, error: null });
      } catch (error) {
        set({ error: errorMessage(error), loaded: true });
      }
    },
    async select(roundUid) {
      set({ busy: true, error: null, verification: null, packs: [] });
      try {
        const plan = await call('roundPlans:get', { roundUid });
        set({ plan, busy: false });
        if (plan.draw) await get().loadPacks();
      } catch (error) {
        set({ error: errorMessage(error), busy: false });
      }
    },
    create: (args) => change(() => call('roundPlans:create', args)),
    saveRules(rules) {
      const roundUid = shownUid();
      return roundUid ? change(() => call('roundPlans:setRules', { roundUid, rules })) : Promise.resolve(null);
    },
    draw() {
      const roundUid = shownUid();
      return roundUid ? change(() => call('roundPlans:draw', { roundUid })) : Promise.resolve(null);
    },
    async verify() {
      const roundUid = shownUid();
      if (!roundUid) return;
      set({ busy: true, error: null, verification: null });
      try {
        set({ verification: await call('roundPlans:verify', { roundUid }), busy: false });
      } catch (error) {
        set({ error: errorMessage(error), busy: false });
      }
    },
    async loadPacks() {
      const roundUid = shownUid();
      if (!roundUid) return;
      try {
        const packs = await call('roundPlans:packs', { roundUid });
        if (shownUid() === roundUid) set({ packs });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  };
});
