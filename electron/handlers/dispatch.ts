import { z } from 'zod';
import { isAppError, type Result } from '../../shared/errors';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import type { HandlerContext } from './context';
import { handlers as defaultHandlers } from './index';
import type { HandlerTable } from './types';

z.config(z.locales.zhCN());

/** Formats zod issues as "字段: 原因" so the message names the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '（参数）'}: ${issue.message}`)
    .join(';');
}

/**
 * Validates the payload against the contract and runs the handler. Never throws: every failure is
 * answered `{ ok: false, error: { code, message } }`.
 */
export async function dispatch(
  ctx: HandlerContext,
  channel: string,
  rawArgs: unknown,
  handlers: HandlerTable = defaultHandlers,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `未知的请求通道：${String(channel).slice(0, 80)}` } };
  }
  const parsed = contract[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_ARGS', message: `请求参数无效（${channel}）：${describeIssues(parsed.error)}` } };
  }
  try {
    const handler = handlers[channel] as (ctx: HandlerContext, args: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toInfo() };
    logUnexpected(channel, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `处理请求时发生内部错误（${channel}）：${error instanceof Error ? error.message : String(error)}` },
    };
  }
}

function logUnexpected(channel: Channel, error: unknown): void {
  console.error(`[ipc] ${channel} failed`, error);
}
