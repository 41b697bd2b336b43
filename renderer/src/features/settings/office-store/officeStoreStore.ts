import { create } from 'zustand';
import type { ArgIssue } from '../../../../../shared/errors';
import type { ConnectionTestResult, OfficeStoreChoice, OfficeStoreSaved } from '../../../../../shared/ipc/channels/office-store';
import type { ArgsOf } from '../../../../../shared/ipc/contract';
import { ApiError, call, errorMessage } from '../../../lib/call';

export type ServerForm = ArgsOf<'officeStore:test'>;

/** A refused call: main's sentence, and for invalid fields their issues (the card names each field). */
export interface OfficeStoreFailure {
  action: 'test' | 'save';
  message: string;
  issues: readonly ArgIssue[];
}

interface OfficeStoreState {
  choice: OfficeStoreChoice | null;
  loadError: string | null;
  busy: 'test' | 'save' | null;
  tested: ConnectionTestResult | null;
  saved: OfficeStoreSaved | null;
  failure: OfficeStoreFailure | null;
  load(): Promise<void>;
  /** The password is an argument, never state: it lives only in the form's field and this one call. */
  test(server: ServerForm): Promise<void>;
  save(args: ArgsOf<'officeStore:save'>): Promise<boolean>;
  /** A field changed: the last test or save no longer describes what the form holds. */
  clearOutcome(): void;
}

function failureOf(action: OfficeStoreFailure['action'], error: unknown): OfficeStoreFailure {
  return { action, message: errorMessage(error), issues: error instanceof ApiError ? error.issues : [] };
}

/** 本单位数据库: where the office keeps its store (this PC's SQLite file or a shared PostgreSQL database). */
export const useOfficeStoreStore = create<OfficeStoreState>((set) => ({
  choice: null,
  loadError: null,
  busy: null,
  tested: null,
  saved: null,
  failure: null,
  async load() {
    try {
      set({ choice: await call('officeStore:get', {}), loadError: null, tested: null, saved: null, failure: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  async test(server) {
    set({ busy: 'test', tested: null, saved: null, failure: null });
    try {
      set({ busy: null, tested: await call('officeStore:test', server) });
    } catch (error) {
      set({ busy: null, failure: failureOf('test', error) });
    }
  },
  async save(args) {
    set({ busy: 'save', saved: null, failure: null });
    try {
      const saved = await call('officeStore:save', args);
      set({ busy: null, saved, choice: saved.choice });
      return true;
    } catch (error) {
      set({ busy: null, failure: failureOf('save', error) });
      return false;
    }
  },
  clearOutcome() {
    set({ tested: null, saved: null, failure: null });
  },
}));
