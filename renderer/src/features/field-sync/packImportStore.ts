import { create } from 'zustand';
import type { SyncPackImport } from '../../../../shared/ipc/channels/sync';
import { call, errorMessage } from '../../lib/call';
import type { KeySecrets } from './keySecrets';
import { chooseSyncFile, type ChosenFile } from './chosenFile';

export type PackImportOutcome = { kind: 'done'; result: SyncPackImport } | { kind: 'failed'; message: string };

interface PackImportState {
  pack: ChosenFile | null;
  certificate: ChosenFile | null;
  busy: boolean;
  outcome: PackImportOutcome | null;
  choose(which: 'pack' | 'certificate', title: string): Promise<void>;
  /** The PIN is an argument, never state: it lives only in the form field and this one call. */
  run(secrets: KeySecrets): Promise<PackImportOutcome | null>;
}

/** 导入任务包: the pack and (first time, or after re-enrolment) the certificate, both chosen in the open dialog. */
export const usePackImportStore = create<PackImportState>((set, get) => ({
  pack: null,
  certificate: null,
  busy: false,
  outcome: null,
  async choose(which, title) {
    try {
      const file = await chooseSyncFile(which === 'pack' ? 'sync-pack' : 'p12', title);
      if (file) set(which === 'pack' ? { pack: file, outcome: null } : { certificate: file, outcome: null });
    } catch (error) {
      set({ outcome: { kind: 'failed', message: errorMessage(error) } });
    }
  },
  async run({ pin, keyPassphrase }) {
    const { pack, certificate } = get();
    // The form asks for the pack before calling; nothing to do without one.
    if (!pack) return null;
    set({ busy: true, outcome: null });
    let outcome: PackImportOutcome;
    try {
      const result = await call('sync:importPack', {
        path: pack.path,
        ...(certificate ? { p12Path: certificate.path } : {}),
        ...(pin ? { pin } : {}),
        ...(keyPassphrase ? { keyPassphrase } : {}),
      });
      outcome = { kind: 'done', result };
    } catch (error) {
      outcome = { kind: 'failed', message: errorMessage(error) };
    }
    // Once loaded, main keeps the key (encrypted) and the pack's rows: the choices are done with, the result stays.
    set(outcome.kind === 'done' ? { busy: false, outcome, pack: null, certificate: null } : { busy: false, outcome });
    return outcome;
  },
}));
