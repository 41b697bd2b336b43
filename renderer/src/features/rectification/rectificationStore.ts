import { create } from 'zustand';
import type { RectificationView } from '../../../../shared/domain/rectification/types';
import type { ArgsOf } from '../../../../shared/ipc/contract';
import { call, errorMessage } from '../../lib/call';

/** The list filter: everything, or only the rectifications the deadline watch flags. */
export type WatchFilter = 'all' | 'dueSoon' | 'overdue';

type RespondArgs = Omit<ArgsOf<'rectifications:respond'>, 'uid'>;
type DecideArgs = Omit<ArgsOf<'rectifications:decide'>, 'uid'>;

interface RectificationState {
  list: RectificationView[];
  loaded: boolean;
  filter: WatchFilter;
  /** The rectification shown in detail, fetched again after every change. */
  detail: RectificationView | null;
  busy: boolean;
  error: string | null;
  /** The notice or evidence file last handed to the system viewer (false: none could be asked). */
  opened: { name: string; opened: boolean } | null;
  load(): Promise<void>;
  setFilter(filter: WatchFilter): void;
  show(uid: string): Promise<void>;
  close(): void;
  /** Each action returns whether it succeeded; the detail and the list are refreshed from main's answer. */
  generateNotice(passphrase: string): Promise<boolean>;
  respond(args: RespondArgs): Promise<boolean>;
  decide(args: DecideArgs): Promise<boolean>;
  openFile(fileId: number, name: string): Promise<void>;
}

export const useRectificationStore = create<RectificationState>((set, get) => {
  /** Runs one write on the shown rectification and takes main's new view of it. */
  async function change(write: (uid: string) => Promise<RectificationView>): Promise<boolean> {
    const uid = get().detail?.uid;
    if (!uid) return false;
    set({ busy: true, error: null });
    try {
      const detail = await write(uid);
      set({ detail, busy: false });
      await get().load();
      return true;
    } catch (error) {
      set({ error: errorMessage(error), busy: false });
      return false;
    }
  }

  return {
    list: [],
    loaded: false,
    filter: 'all',
    detail: null,
    busy: false,
    error: null,
    opened: null,
    async load() {
      try {
        set({ list: await call('rectifications:list', {}), loaded: true, error: null });
      } catch (error) {
        set({ error: errorMessage(error), loaded: true });
      }
    },
    setFilter(filter) {
      set({ filter });
    },
    async show(uid) {
      set({ busy: true, error: null });
      try {
        set({ detail: await call('rectifications:get', { uid }), busy: false, opened: null });
      } catch (error) {
        set({ error: errorMessage(error), busy: false });
      }
    },
    close() {
      set({ detail: null, error: null, opened: null });
    },
    async openFile(fileId, name) {
      set({ error: null, opened: null });
      try {
        const { opened } = await call('rectifications:openFile', { fileId });
        set({ opened: { name, opened } });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    generateNotice: (passphrase) => change((uid) => call('rectifications:notice', { uid, passphrase })),
    respond: (args) => change((uid) => call('rectifications:respond', { uid, ...args })),
    decide: (args) => change((uid) => call('rectifications:decide', { uid, ...args })),
  };
});
