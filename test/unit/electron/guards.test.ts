import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { installWindowGuards } from '../../../electron/main/guards';
import { fakeSession } from './fake-session';

/** A stand-in recording what installWindowGuards registers (Electron itself cannot run here). */
function fakeWindow() {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const session = fakeSession();
  const win = {
    webContents: {
      on: (name: string, fn: (...args: unknown[]) => void) => {
        listeners.set(name, [...(listeners.get(name) ?? []), fn]);
      },
      setWindowOpenHandler: (fn: typeof windowOpenHandler) => {
        windowOpenHandler = fn;
      },
      session: session.session,
    },
  };
  const fire = (name: string, url?: string) => {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    for (const fn of listeners.get(name) ?? []) fn(event, url);
    return session.fire(name, url) || prevented;
  };
  return {
    win: win as unknown as BrowserWindow,
    fire,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
    requestPermission: session.requestPermission,
    checkPermission: session.checkPermission,
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
