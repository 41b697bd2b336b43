import { posix } from 'node:path';

/** The renderer is served from this custom protocol (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Official sites an inspector may open from the app; anything else is refused. */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = ['www.mohrss.gov.cn', 'hrss.shandong.gov.cn', 'rst.shanxi.gov.cn', 'www.osta.org.cn'];

/** https only, no credentials, no explicit port, host exactly on the allowlist. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_HOST_ALLOWLIST.includes(url.hostname.toLowerCase())
  );
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** In-window navigation stays inside the app; allowlisted links go to the system browser; the rest is denied. */
export function decideNavigation(raw: string): NavigationDecision {
  if (isAppUrl(raw)) return 'allow';
  return isAllowedExternalUrl(raw) ? 'open-external' : 'deny';
}

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** No web permission (camera, geolocation, notifications, …) is ever granted. */
export function decidePermission(_permission: string): boolean {
  return false;
}

/** The Content-Security-Policy of the renderer. The harness adds only `connect-src 'self'` for its HTTP bridge. */
export function contentSecurityPolicy(options: { allowConnectSelf?: boolean } = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${options.allowConnectSelf ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Maps an app:// URL to a file below the renderer folder. Returns null for other hosts, for paths
 * that escape the folder (.. or encoded variants) and for malformed URLs.
 */
export function resolveAppAsset(raw: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Encoded separators or dot segments only appear in traversal attempts: refuse them outright.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const normalized = posix.normalize(pathname === '/' ? '/index.html' : pathname);
  if (!normalized.startsWith('/')) return null;
  return `${rootDir.replace(/[\\/]+$/, '')}${normalized}`;
}
