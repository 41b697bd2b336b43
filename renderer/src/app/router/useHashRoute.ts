import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

// After a crash or forced close the window reopens where the inspector was (the data itself is in the database).
const LAST_ROUTE_KEY = 'skill-inspector:last-route';

function rememberRoute(): void {
  if (window.location.hash) window.localStorage.setItem(LAST_ROUTE_KEY, window.location.hash);
}

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    rememberRoute();
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentHash(): string {
  return window.location.hash;
}

/** Restores the last route when the window opens without one; call once before the first render. */
export function restoreLastRoute(): void {
  if (window.location.hash && window.location.hash !== '#/') return rememberRoute();
  const last = window.localStorage.getItem(LAST_ROUTE_KEY);
  if (last) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${last}`);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}
