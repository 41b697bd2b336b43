import type { Result } from '../errors';
import { channelNames, eventNames, type Api, type Channel, type EventName } from './contract';

export interface Transport {
  invoke(channel: Channel, args: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds the fixed `window.api` from the contract over a transport (Electron IPC in the preload,
 * HTTP in the browser harness), so both expose exactly the same methods.
 */
export function createApi(transport: Transport): Api {
  const invoke = Object.fromEntries(
    channelNames.map((name) => [name, (args: unknown) => transport.invoke(name, args ?? {})]),
  ) as unknown as Api['invoke'];
  return Object.freeze({
    invoke: Object.freeze(invoke),
    on(event: EventName, listener: (payload: never) => void) {
      if (!eventNames.includes(event)) throw new Error(`unknown event ${String(event)}`);
      return transport.subscribe(event, listener as (payload: unknown) => void);
    },
  }) as Api;
}
