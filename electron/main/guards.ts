import type { BrowserWindow, Session } from 'electron';
import { decideNavigation, decidePermission } from './security';

/** Installs the navigation, window.open, webview and permission handlers on a window and its session. */
export function installWindowGuards(win: BrowserWindow, openExternal: (url: string) => void): void {
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url);
    if (decision !== 'allow') event.preventDefault();
    if (decision === 'open-external') openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) !== 'allow') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url) === 'open-external') openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  installSessionGuards(contents.session);
}

/** The parts of a session the guards set; a recording fake in tests (Electron cannot run there). */
export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'on'>;

/** Every permission request and check denied (decidePermission), every download cancelled. */
export function installSessionGuards(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  session.on('will-download', (event) => event.preventDefault());
}
