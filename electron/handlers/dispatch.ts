import { randomBytes } from 'node:crypto';
import { argIssuesOf, isAppError, type ErrorInfo, type Result } from '../../shared/errors';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import type { HandlerContext } from './context';
import { handlers as defaultHandlers } from './index';
import type { HandlerTable } from './types';

/**
 * Validates the payload against the contract and runs the handler. Never throws: every failure is answered
 * `{ ok: false, error: { code, params?, issues?, details? } }` — no sentence, the window words it in its language
 * (docs/errors.md). An unexpected error is logged here under a fresh id and the window gets only that id.
 */
export async function dispatch(
  ctx: HandlerContext,
  channel: string,
  rawArgs: unknown,
  handlers: HandlerTable = defaultHandlers,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return refused({ code: 'UNKNOWN_CHANNEL', params: { channel: String(channel).slice(0, 80) } });
  const parsed = contract[channel].args.safeParse(rawArgs);
  if (!parsed.success) return refused({ code: 'INVALID_ARGS', params: { channel }, issues: argIssuesOf(parsed.error) });
  try {
    const handler = handlers[channel] as (ctx: HandlerContext, args: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (isAppError(error)) return refused(error.toWire());
    return refused({ code: 'INTERNAL', params: { errorId: logUnexpected(channel, error) } });
  }
}

function refused(error: ErrorInfo): Result<never> {
  return { ok: false, error };
}

/** Logs the whole error (stack and message stay in main's log) and returns the id the user can quote. */
function logUnexpected(channel: Channel, error: unknown): string {
  const errorId = randomBytes(4).toString('hex');
  console.error(`[ipc] ${channel} failed (error ${errorId})`, error);
  return errorId;
}
