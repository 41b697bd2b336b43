import type { ImportKind, ImportPhase, ImportProgress } from '../../../shared/import/types';

export type ProgressListener = (progress: ImportProgress) => void;

const MIN_INTERVAL_MS = 100;

/** Reports at most every 100 ms (phase changes always), so 100k rows do not flood the IPC channel. */
export function createProgressReporter(kind: ImportKind, listener: ProgressListener | undefined) {
  let last = 0;
  let phase: ImportPhase = 'reading';
  let rowsRead = 0;
  let fraction: number | null = null;
  const send = () => listener?.({ kind, phase, rowsRead, fraction });
  return {
    rows(count: number, completed: number | null = fraction): void {
      rowsRead = count;
      fraction = completed;
      const now = Date.now();
      if (now - last >= MIN_INTERVAL_MS) {
        last = now;
        send();
      }
    },
    phase(next: ImportPhase, completed: number | null = null): void {
      phase = next;
      fraction = completed;
      last = Date.now();
      send();
    },
  };
}

export type ProgressReporter = ReturnType<typeof createProgressReporter>;
