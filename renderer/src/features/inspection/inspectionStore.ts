import { create } from 'zustand';
import { createWorkingCalendar, type WorkingCalendar } from '../../../../shared/domain/deadlines';
import type { Template } from '../../../../shared/domain/templates/types';
import type { InstitutionDetail } from '../../../../shared/ipc/channels/institutions';
import type { SignatureSummary } from '../../../../shared/ipc/channels/inspections';
import type { DrawableRule } from '../../../../shared/ipc/channels/sampling';
import type { ArgsOf } from '../../../../shared/ipc/contract';
import { initialScoringContext } from '../../../../shared/store/answer-keys';
import type { EvidenceRecord, FindingRecord, InspectionRecord, SamplingDrawRecord } from '../../../../shared/store/records';
import type { AssessmentRound } from '../../../../shared/domain/rounds/types';
import { call, errorMessage } from '../../lib/call';
import { followUpOf, roundOf, type FollowUpInfo } from '../../lib/roundsContract';
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
  /** The form version this inspection is scored on (templates:forInspection); null while loading. */
  template: Template | null;
  /** The working calendar of this machine (calendar:current), for deadlines and automatic findings. */
  calendar: WorkingCalendar | null;
  /** Answer key (item id, veto:…, penalty:…, context) → stored answer. */
  answers: Record<string, unknown>;
  draws: SamplingDrawRecord[];
  findings: FindingRecord[];
  evidence: EvidenceRecord[];
  signatures: SignatureSummary[];
  /** A follow-up (整改复查): the rectification's findings to re-check and its deadline; null for an assessment. */
  followUp: FollowUpInfo | null;
  /** The assessment round the inspection belongs to; null for one made before rounds existed. */
  round: AssessmentRound | null;
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

  // A draft created before the context was stored with the inspection shows a computed one; it is saved with the
  // inspector's first change, never by opening the page.
  let unsavedContext = false;

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
    template: null,
    calendar: null,
    answers: {},
    draws: [],
    findings: [],
    evidence: [],
    signatures: [],
    followUp: null,
    round: null,
    loadError: null,
    save: { pending: 0, error: null, savedAt: null },
    actionError: null,

    async load(id) {
      autosave.flush();
      if (get().id !== id) {
        unsavedContext = false;
        set({
          id,
          inspection: null,
          institution: null,
          template: null,
          answers: {},
          draws: [],
          findings: [],
          evidence: [],
          signatures: [],
          followUp: null,
          round: null,
          loadError: null,
          actionError: null,
        });
      }
      try {
        const detail = await call('inspections:get', { id });
        const [institution, template, calendar] = await Promise.all([
          call('institutions:get', { id: detail.inspection.institutionId, includeCandidates: true }),
          call('templates:forInspection', { inspectionId: id }),
          get().calendar ?? call('calendar:current', {}).then(createWorkingCalendar),
        ]);
        if (get().id !== id) return;
        const answers: Record<string, unknown> = Object.fromEntries(detail.answers.map((a) => [a.itemId, a.answer]));
        const computed = answers.context === undefined ? computedContext(detail.inspection, institution) : null;
        if (computed) answers.context = computed;
        unsavedContext = computed !== null && detail.inspection.status === 'draft';
        set({
          ...detail,
          followUp: followUpOf(detail),
          round: roundOf(detail),
          institution,
          template,
          calendar,
          answers: { ...answers, ...pendingOverlay(get().answers, autosave) },
          loadError: null,
        });
      } catch (error) {
        set({ loadError: errorMessage(error) });
      }
    },

    setAnswer(key, answer, options) {
      if (unsavedContext && key !== 'context') autosave.put('context', get().answers.context, 0);
      unsavedContext = false;
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

/** The context an inspection without a stored one is shown with (the filing year picks the 附件4 track). */
function computedContext(inspection: InspectionRecord, institution: InstitutionDetail): unknown {
  const filing = institution.filings.find((f) => f.id === inspection.filingId);
  return filing ? initialScoringContext(filing) : null;
}
