import { AppError, type ErrorParams } from '../../../../shared/errors';
import type { syncErrors, syncReasons } from '../../../../shared/errors/codes/sync';

/** A code of the file format's contract (docs/sync-format.md); its sentences live in shared/errors/codes/sync.ts. */
export type SyncErrorCode = keyof typeof syncErrors;
export type SyncReasonCode = keyof typeof syncReasons;

/** A reason from the registry and the values it names, or a language-neutral detail (an entry name, a number). */
export type SyncErrorParams = (ErrorParams & { reason: SyncReasonCode }) | { detail: string | number };

/**
 * An AppError with the code's sentence and what exactly is wrong: `syncError('SYNC_X', { reason: 'SYNC_REASON_Y',
 * … })` or `{ detail }`. A plain string is the old form (a Chinese detail), kept for the last callers.
 */
export function syncError(code: SyncErrorCode, what?: SyncErrorParams | string): AppError {
  if (what === undefined) return new AppError(code);
  return new AppError(code, typeof what === 'string' ? { detail: what } : what);
}
