import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { installWindowGuards } from '../../../electron/main/guards';

/** A stand-in recording what installWindowGuards registers (Electron itself cannot run here). */
function fakeWindow() {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const sessionListeners = new Map<string, ((...args: unknown[]) => void)[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  let permissionRequest: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: ((c: unknown, p: string) => boolean) | undefined;
  const add = (map: typeof listeners) => (name: string, fn: (...args: unknown[]) => void) => {
    map.set(name, [...(map.get(name) ?? []), fn]);
  };
  const win = {
    webContents: {
      on: add(listeners),
      setWindowOpenHandler: (fn: typeof windowOpenHandler) => {
        windowOpenHandler = fn;
      },
      session: {
        on: add(sessionListeners),
        setPermissionRequestHandler: (fn: typeof permissionRequest) => {
          permissionRequest = fn;
        },
        setPermissionCheckHandler: (fn: typeof permissionCheck) => {
          permissionCheck = fn;
        },
      },
    },
  };
  const fire = (name: string, url?: string) => {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    for (const fn of listeners.get(name) ?? []) fn(event, url);
    for (const fn of sessionListeners.get(name) ?? []) fn(event, url);
    return prevented;
  };
  return {
    win: win as unknown as BrowserWindow,
    fire,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
    requestPermission: (p: string) =>
      new Promise<boolean>((resolve) => permissionRequest?.(null, p, resolve)),
    checkPermission: (p: string) => permissionCheck?.(null, p),
  };
}

describe('window guards', () => {
  it('deny navigation away from the app, open allowlisted links outside, refuse webviews and downloads', () => {
    const opened: string[] = [];
    const fake = fakeWindow();
    installWindowGuards(fake.win, (url) => opened.push(url));
    expect(fake.fire('will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-navigate', 'https://www.mohrss.gov.cn/')).toBe(true);
    expect(fake.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-attach-webview')).toBe(true);
    expect(fake.fire('will-download')).toBe(true);
    expect(opened).toEqual(['https://www.mohrss.gov.cn/']);
  });

  it('deny every window.open and every permission', async () => {
    const opened: string[] = [];
    const fake = fakeWindow();
    installWindowGuards(fake.win, (url) => opened.push(url));
    expect(fake.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('https://www.mohrss.gov.cn/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.mohrss.gov.cn/']);
    expect(await fake.requestPermission('media')).toBe(false);
    expect(fake.checkPermission('geolocation')).toBe(false);
  });
});
