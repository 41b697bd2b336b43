import { create } from 'zustand';
import type { ImportPreview } from '../../../../shared/import/preview';
import type { ImportKind, ImportProgress, ImportSummary } from '../../../../shared/import/types';
import { call, errorMessage } from '../../lib/call';

export interface ChosenImportFile {
  path: string;
  name: string;
}

interface ImportState {
  kind: ImportKind;
  file: ChosenImportFile | null;
  preview: ImportPreview | null;
  /** What main is doing now: reading for the preview, or importing. */
  busy: 'choosing' | 'previewing' | 'importing' | null;
  progress: ImportProgress | null;
  validOnly: boolean;
  result: ImportSummary | null;
  error: string | null;
  setKind(kind: ImportKind): void;
  setValidOnly(validOnly: boolean): void;
  onProgress(progress: ImportProgress): void;
  /** The open dialog, then the preview of the chosen file. */
  choose(title: string): Promise<void>;
  commit(): Promise<boolean>;
  reset(): void;
}

const fresh = { file: null, preview: null, busy: null, progress: null, validOnly: false, result: null, error: null } as const;

export const useImportStore = create<ImportState>((set, get) => ({
  kind: 'institutions',
  ...fresh,
  setKind(kind) {
    if (kind !== get().kind) set({ kind, ...fresh });
  },
  setValidOnly(validOnly) {
    set({ validOnly });
  },
  onProgress(progress) {
    // Only the work this screen started: a stale event after the answer would move the bar back.
    if (get().busy !== null && progress.kind === get().kind) set({ progress });
  },
  async choose(title) {
    set({ busy: 'choosing', error: null });
    try {
      const chosen = await call('files:chooseOpen', { kind: 'xlsx-csv', title });
      if (chosen.path === null || chosen.name === null) {
        set({ busy: null });
        return;
      }
      const file = { path: chosen.path, name: chosen.name };
      set({ ...fresh, file, busy: 'previewing' });
      const preview = await call('import:preview', { kind: get().kind, path: file.path });
      set({ preview, busy: null, progress: null });
    } catch (error) {
      set({ busy: null, progress: null, error: errorMessage(error) });
    }
  },
  async commit() {
    const { file, kind, validOnly } = get();
    if (!file) return false;
    set({ busy: 'importing', error: null, result: null, progress: null });
    try {
      const result = await call('import:commit', { kind, path: file.path, validOnly });
      set({ result, busy: null, progress: { kind, phase: 'done', rowsRead: get().preview?.totalRows ?? 0, fraction: 1 } });
      return true;
    } catch (error) {
      set({ busy: null, progress: null, error: errorMessage(error) });
      return false;
    }
  },
  reset() {
    set({ ...fresh });
  },
}));
