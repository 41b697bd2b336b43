import { create } from 'zustand';
import type { InstitutionDetail } from '../../../../shared/ipc/channels/institutions';
import type { SignatureSummary } from '../../../../shared/ipc/channels/inspections';
import type { DrawableRule } from '../../../../shared/ipc/channels/sampling';
import type { ArgsOf } from '../../../../shared/ipc/contract';
import type { EvidenceRecord, FindingRecord, InspectionRecord, SamplingDrawRecord } from '../../../../shared/store/records';
import { call, errorMessage } from '../../lib/call';
import { AutosaveQueue } from './autosaveQueue';

export interface SaveState {
  pending: number;
  error: string | null;
  savedAt: Date | null;
}

interface InspectionState {
  id: number | null;
  inspection: InspectionRecord | null;
  institution: InstitutionDetail | null;
  /** Answer key (item id, veto:…, penalty:…, context) → stored answer. */
  answers: Record<string, unknown>;
  draws: SamplingDrawRecord[];
  findings: FindingRecord[];
  evidence: EvidenceRecord[];
  signatures: SignatureSummary[];
  loadError: string | null;
  save: SaveState;
  /** The last failed action (draw, sign, lock…), in plain Chinese. */
  actionError: string | null;
  load(id: number): Promise<void>;
  setAnswer(key: string, answer: unknown, options?: { typing?: boolean }): void;
  flushTyping(): void;
  draw(rule: DrawableRule, reason?: string): Promise<boolean>;
  attachEvidence(args: Omit<ArgsOf<'evidence:attach'>, 'inspectionId'>): Promise<boolean>;
  sign(args: Omit<ArgsOf<'inspections:sign'>, 'inspectionId'>): Promise<boolean>;
  lock(): Promise<boolean>;
  revise(reason: string): Promise<InspectionRecord | null>;
}

/** Typing in a note is saved after this pause (or on leaving the field). */
const TYPING_DELAY_MS = 400;

export const useInspectionStore = create<InspectionState>((set, get) => {
  const autosave = new AutosaveQueue({
    send: async (key, answer) => {
      const id = get().id;
      if (id === null) return;
      await call('inspections:saveAnswer', { inspectionId: id, itemId: key, answer: answer as never });
    },
    onState: (save) => set({ save }),
  });

  /** Runs an action; its failure is shown in plain Chinese, never thrown at the component. */
  async function act<T>(work: (id: number) => Promise<T>): Promise<T | null> {
    const id = get().id;
    if (id === null) return null;
    set({ actionError: null });
    try {
      return await work(id);
    } catch (error) {
      set({ actionError: errorMessage(error) });
      return null;
    }
  }

  return {
    id: null,
    inspection: null,
    institution: null,
    answers: {},
    draws: [],
    findings: [],
    evidence: [],
    signatures: [],
    loadError: null,
    save: { pending: 0, error: null, savedAt: null },
    actionError: null,

    async load(id) {
      autosave.flush();
      if (get().id !== id) set({ id, inspection: null, institution: null, answers: {}, draws: [], findings: [], evidence: [], signatures: [], loadError: null, actionError: null });
      try {
        const detail = await call('inspections:get', { id });
        const institution = await call('institutions:get', { id: detail.inspection.institutionId, includeCandidates: true });
        if (get().id !== id) return;
        const answers = Object.fromEntries(detail.answers.map((a) => [a.itemId, a.answer]));
        set({ ...detail, institution, answers: { ...answers, ...pendingOverlay(get().answers, autosave) }, loadError: null });
        ensureContext(get, detail.inspection);
      } catch (error) {
        set({ loadError: errorMessage(error) });
      }
    },

    setAnswer(key, answer, options) {
      set((state) => ({ answers: { ...state.answers, [key]: answer } }));
      autosave.put(key, answer, options?.typing ? TYPING_DELAY_MS : 0);
    },

    flushTyping() {
      autosave.flush();
    },

    async draw(rule, reason) {
      const record = await act((inspectionId) => call('sampling:draw', reason ? { inspectionId, rule, reason } : { inspectionId, rule }));
      if (record) set((state) => ({ draws: [...state.draws, record] }));
      return record !== null;
    },

    async attachEvidence(args) {
      const record = await act((inspectionId) => call('evidence:attach', { ...args, inspectionId }));
      if (record) {
        const detail = await act((id) => call('inspections:get', { id }));
        set((state) => ({ evidence: [...state.evidence.filter((e) => e.id !== record.id), record], findings: detail?.findings ?? state.findings }));
      }
      return record !== null;
    },

    async sign(args) {
      const signature = await act((inspectionId) => call('inspections:sign', { ...args, inspectionId }));
      if (signature) set((state) => ({ signatures: [...state.signatures, signature] }));
      return signature !== null;
    },

    async lock() {
      autosave.flush();
      const locked = await act((inspectionId) => call('inspections:lock', { inspectionId }));
      if (locked) set({ inspection: locked });
      return locked !== null;
    },

    async revise(reason) {
      return act((inspectionId) => call('inspections:revise', { inspectionId, reason }));
    },
  };
});

/** Answers typed but not yet saved survive a reload of the inspection. */
function pendingOverlay(current: Record<string, unknown>, autosave: AutosaveQueue): Record<string, unknown> {
  return autosave.pending > 0 ? current : {};
}

/** The outcome rules need the filing year (附件4 track); it is known from the filing, so it is filled in once. */
function ensureContext(get: () => InspectionState, inspection: InspectionRecord): void {
  const state = get();
  if (inspection.status !== 'draft' || state.answers.context !== undefined) return;
  const filing = state.institution?.filings.find((f) => f.id === inspection.filingId);
  if (filing) state.setAnswer('context', { filingYear: filing.filingYear });
}
