import type { Result } from '../errors';
import type { Api, Channel, EventName } from './contract';

export interface Transport {
  invoke(channel: Channel, args: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export interface ApiNames {
  channels: readonly Channel[];
  events: readonly EventName[];
}

/**
 * Builds the fixed `window.api` from the contract's names over a transport (Electron IPC in the preload,
 * HTTP in the browser harness), so both expose exactly the same methods.
 */
export function createApi(transport: Transport, names: ApiNames): Api {
  const invoke = Object.fromEntries(
    names.channels.map((name) => [name, (args: unknown) => transport.invoke(name, args ?? {})]),
  ) as unknown as Api['invoke'];
  return Object.freeze({
    invoke: Object.freeze(invoke),
    on(event: EventName, listener: (payload: never) => void) {
      if (!names.events.includes(event)) throw new Error(`unknown event ${String(event)}`);
      return transport.subscribe(event, listener as (payload: unknown) => void);
    },
  }) as Api;
}

/**
 * The sandboxed preload gets the names through `webPreferences.additionalArguments` (process.argv), so it
 * need not bundle the contract's validators.
 */
const API_ARGUMENT_PREFIX = '--skill-inspector-api=';

export function encodeApiNames(names: ApiNames): string {
  return `${API_ARGUMENT_PREFIX}${JSON.stringify(names)}`;
}

export function decodeApiNames(argv: readonly string[]): ApiNames {
  const argument = argv.find((a) => a.startsWith(API_ARGUMENT_PREFIX));
  if (!argument) return { channels: [], events: [] };
  const parsed = JSON.parse(argument.slice(API_ARGUMENT_PREFIX.length)) as ApiNames;
  return { channels: parsed.channels, events: parsed.events };
}
