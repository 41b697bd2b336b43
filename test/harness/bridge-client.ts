import type { Result } from '../../shared/errors';
import { createApi } from '../../shared/ipc/api';
import { channelNames, eventNames } from '../../shared/ipc/contract';

// Browser-harness stand-in for the preload: the same createApi over HTTP to the loopback bridge.
const TOKEN_KEY = 'skill-inspector-bridge-token';
const params = new URLSearchParams(location.search);
const fromUrl = params.get('token');
if (fromUrl) {
  sessionStorage.setItem(TOKEN_KEY, fromUrl);
  params.delete('token');
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}
const token = sessionStorage.getItem(TOKEN_KEY) ?? '';

const api = createApi(
  {
    async invoke(channel, args) {
      try {
        const response = await fetch(`./__ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-bridge-token': token },
          body: JSON.stringify(args ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch (error) {
        return { ok: false, error: { code: 'BRIDGE_DOWN', message: `无法连接后台服务:${String(error)}` } };
      }
    },
    subscribe(event, listener) {
      const source = new EventSource(`./__events?token=${encodeURIComponent(token)}`);
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
      source.addEventListener(event, handler as EventListener);
      return () => source.close();
    },
  },
  { channels: channelNames, events: eventNames },
);

Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
