import i18next from 'i18next';
import { errorInfoText, errorLanguageOf, isAppError, type ArgIssue, type ErrorInfo, type ErrorParams, type Result } from '../../../shared/errors';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import { getApi } from './api';

/** The language errors are worded in: the interface's (i18next), Chinese unless English is chosen. */
export function errorLanguage() {
  return errorLanguageOf(i18next.language);
}

/** An error's sentence in the interface's language, from its code and parameters (main sends no sentence). */
export function translateError(error: Pick<ErrorInfo, 'code' | 'params' | 'issues' | 'message'>): string {
  return errorInfoText(error, errorLanguage());
}

/** A failed call: main's code and parameters; `message` is their sentence in the language of the interface. */
export class ApiError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly issues: readonly ArgIssue[];
  readonly details: unknown;
  constructor(error: Pick<ErrorInfo, 'code' | 'params' | 'issues' | 'details' | 'message'>) {
    super(translateError(error));
    this.code = error.code;
    this.params = error.params ?? {};
    this.issues = error.issues ?? [];
    this.details = error.details;
  }
}

/** Calls a channel and returns its value, or throws ApiError with main's code and parameters. */
export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  let result: Result<ResultOf<C>>;
  try {
    const invoke = getApi().invoke[channel] as (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
    result = await invoke(args);
  } catch (error) {
    // The bridge or IPC itself failed (main gone, connection closed): say so plainly.
    throw new ApiError({ code: 'UNREACHABLE', params: { reason: error instanceof Error ? error.message : String(error) } });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/**
 * What to show for a caught error: an ApiError is already in the interface's language; an AppError thrown by shared
 * code running here (scoring, answer checks) is worded from its code and parameters.
 */
export function errorMessage(error: unknown): string {
  if (isAppError(error)) return translateError(error.toWire());
  return error instanceof Error ? error.message : String(error);
}
