import type { z } from 'zod';

/** A channel's argument schema (validated in main) and its result type (a compile-time phantom). */
export interface ChannelDef<A extends z.ZodType = z.ZodType, R = unknown> {
  args: A;
  result: R;
  summary: string;
}

/** `channel(schema, '说明').returns<Result>()` names the argument schema and the result type once. */
export function channel<A extends z.ZodType>(args: A, summary: string) {
  return { returns: <R>(): ChannelDef<A, R> => ({ args, summary, result: undefined as unknown as R }) };
}

/** Main → renderer notifications (progress of long work). */
export interface EventDef<P = unknown> {
  payload: P;
  summary: string;
}

export function event<P>(summary: string): EventDef<P> {
  return { summary, payload: undefined as unknown as P };
}
