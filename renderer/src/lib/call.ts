import type { Result } from '../../../shared/errors';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import { getApi } from './api';

/** A failed call, with main's plain-Chinese message. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Calls a channel and returns its value, or throws ApiError with the message main gave. */
export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  let result: Result<ResultOf<C>>;
  try {
    const invoke = getApi().invoke[channel] as (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
    result = await invoke(args);
  } catch (error) {
    // The bridge or IPC itself failed (main gone, connection closed): say so plainly.
    throw new ApiError('UNREACHABLE', error instanceof Error ? error.message : String(error));
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
