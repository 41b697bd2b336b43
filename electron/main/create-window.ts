import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { installWindowGuards } from './guards';
import { APP_ENTRY_URL } from './security';
import { mainWindowOptions } from './window-options';

export interface CreateWindowDeps {
  /** Electron's BrowserWindow in the app; a recording fake in tests (Electron cannot run there). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  /** Called only for URLs the navigation policy sends to the system browser. */
  openExternal(url: string): void;
}

/**
 * The one code path that creates the main window: hardened options, guards on navigation, window.open, webviews,
 * downloads and permissions installed before the first page loads, then the app's own entry URL (app://, whose
 * protocol handler adds the CSP).
 */
export function createMainWindow(deps: CreateWindowDeps): BrowserWindow {
  // Destructured so the static scan (npm run security) still sees `new BrowserWindow(...)` here.
  const { BrowserWindow } = deps;
  const win = new BrowserWindow(mainWindowOptions(deps.preloadPath));
  installWindowGuards(win, deps.openExternal);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
