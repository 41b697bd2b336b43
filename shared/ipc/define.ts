import type { z } from 'zod';

/**
 * What a channel may do to what is stored. 'read' changes nothing stored: no database row, no file in the data folder
 * or elsewhere, no setting (it may ask a dialog, open a viewer or the browser). 'write' may change any of them.
 * The reliability fuzzer runs valid payloads on read channels only and expects the database unchanged.
 */
export type ChannelAccess = 'read' | 'write';

/** A channel's argument schema (validated in main), its result type (a compile-time phantom) and its access. */
export interface ChannelDef<A extends z.ZodType = z.ZodType, R = unknown, K extends ChannelAccess = ChannelAccess> {
  args: A;
  result: R;
  summary: string;
  access: K;
  /** A valid call opens a connection to a server the arguments name (测试连接): slow, and the outcome is the network's. */
  contactsServer?: true;
}

export interface ChannelOptions {
  contactsServer?: true;
}

/**
 * `channel(schema, '说明').reads<Result>()` or `.writes<Result>()` names the argument schema, the result type and
 * whether the channel changes stored data, once. There is no unmarked form: `channel(…)` alone is not a ChannelDef,
 * so a table holding one does not type-check.
 */
export function channel<A extends z.ZodType>(args: A, summary: string, options: ChannelOptions = {}) {
  const define = <R, K extends ChannelAccess>(access: K): ChannelDef<A, R, K> => ({
    args,
    summary,
    access,
    ...(options.contactsServer ? { contactsServer: true as const } : {}),
    result: undefined as unknown as R,
  });
  return {
    reads: <R>() => define<R, 'read'>('read'),
    writes: <R>() => define<R, 'write'>('write'),
  };
}

/** The channels of one feature file, as the contract merges them. */
export type ChannelTable = Record<string, ChannelDef>;

/** Main → renderer notifications (progress of long work). */
export interface EventDef<P = unknown> {
  payload: P;
  summary: string;
}

export function event<P>(summary: string): EventDef<P> {
  return { summary, payload: undefined as unknown as P };
}
