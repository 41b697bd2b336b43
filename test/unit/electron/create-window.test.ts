import { writeFileSync } from 'node:fs';
import type { BrowserWindow, BrowserWindowConstructorOptions, Protocol } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { createMainWindow } from '../../../electron/main/create-window';
import { registerAppProtocol } from '../../../electron/main/protocol';
import { APP_ENTRY_URL, APP_SCHEME } from '../../../electron/main/security';
import { makeTempDir } from '../../support/temp';

type Listener = (...args: unknown[]) => unknown;

/**
 * A BrowserWindow stand-in that records what the real code path does with it, in order: the options it was built
 * with, every handler installed on its webContents and session, and the URL it loads.
 */
function recordingBrowserWindow() {
  const calls: string[] = [];
  const constructed: BrowserWindowConstructorOptions[] = [];
  const handlers = new Map<string, Listener>();
  const record = (name: string) => (first: unknown, second?: unknown) => {
    calls.push(name);
    const listener = typeof first === 'function' ? first : second;
    if (typeof listener === 'function') handlers.set(name, listener as Listener);
  };
  class FakeBrowserWindow {
    readonly webContents = {
      on: (event: string, fn: Listener) => record(`webContents.on:${event}`)(fn),
      setWindowOpenHandler: record('webContents.setWindowOpenHandler'),
      session: {
        on: (event: string, fn: Listener) => record(`session.on:${event}`)(fn),
        setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
      },
    };
    constructor(options: BrowserWindowConstructorOptions) {
      calls.push('new BrowserWindow');
      constructed.push(options);
    }
    once(event: string, fn: Listener) {
      record(`once:${event}`)(fn);
    }
    show() {
      calls.push('show');
    }
    loadURL(url: string) {
      calls.push(`loadURL:${url}`);
      return Promise.resolve();
    }
  }
  return { ctor: FakeBrowserWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow, calls, constructed, handlers };
}

describe('createMainWindow (the code path main uses)', () => {
  const fake = recordingBrowserWindow();
  const external: string[] = [];
  createMainWindow({ BrowserWindow: fake.ctor, preloadPath: '/app/out/preload/index.cjs', openExternal: (url) => external.push(url) });

  it('builds exactly one window, isolated: context isolation, sandbox, no Node, no webview, preload set', () => {
    expect(fake.constructed).toHaveLength(1);
    const prefs = fake.constructed[0]?.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(fake.constructed[0]?.show).toBe(false);
  });

  it('installs navigation, redirect, window.open, webview, download and permission guards before loading anything', () => {
    const loadAt = fake.calls.indexOf(`loadURL:${APP_ENTRY_URL}`);
    expect(loadAt).toBeGreaterThan(0);
    const before = fake.calls.slice(0, loadAt);
    for (const guard of [
      'webContents.on:will-navigate',
      'webContents.on:will-redirect',
      'webContents.setWindowOpenHandler',
      'webContents.on:will-attach-webview',
      'session.on:will-download',
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
    ]) {
      expect(before, guard).toContain(guard);
    }
  });

  it('loads the app:// entry (never file://) and only that', () => {
    expect(fake.calls.filter((call) => call.startsWith('loadURL:'))).toEqual([`loadURL:${APP_ENTRY_URL}`]);
    expect(APP_ENTRY_URL.startsWith(`${APP_SCHEME}://`)).toBe(true);
  });

  it('the installed handlers deny: window.open, foreign navigation, every permission', async () => {
    const open = fake.handlers.get('webContents.setWindowOpenHandler');
    expect(open?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'https://www.mohrss.gov.cn/' })).toEqual({ action: 'deny' });
    expect(external).toEqual(['https://www.mohrss.gov.cn/']);
    let prevented = false;
    fake.handlers.get('webContents.on:will-navigate')?.({ preventDefault: () => (prevented = true) }, 'file:///etc/passwd');
    expect(prevented).toBe(true);
    const granted = await new Promise((resolve) => fake.handlers.get('session.setPermissionRequestHandler')?.(null, 'media', resolve));
    expect(granted).toBe(false);
    expect(fake.handlers.get('session.setPermissionCheckHandler')?.(null, 'clipboard-read')).toBe(false);
  });
});

describe('the app:// protocol serves the CSP', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  writeFileSync(temp.file('index.html'), '<!doctype html><title>t</title>');
  let handler: ((request: Request) => Promise<Response>) | undefined;
  const protocol = {
    handle: (scheme: string, fn: (request: Request) => Promise<Response>) => {
      expect(scheme).toBe(APP_SCHEME);
      handler = fn;
    },
  } as unknown as Protocol;
  registerAppProtocol(protocol, temp.dir);

  it('every response of the entry page carries a strict Content-Security-Policy and nosniff', async () => {
    const response = await handler?.(new Request(APP_ENTRY_URL));
    expect(response?.status).toBe(200);
    const csp = response?.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(response?.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a path outside the renderer folder is not served', async () => {
    const response = await handler?.(new Request('app://bundle/assets/..%2f..%2fsecret'));
    expect(response?.status).toBe(404);
  });
});
