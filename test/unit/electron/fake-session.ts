import type { GuardedSession } from '../../../electron/main/guards';

/** A stand-in session recording what the guards register (Electron itself cannot run here). */
export function fakeSession() {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  let permissionRequest: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: ((c: unknown, p: string) => boolean) | undefined;
  const session = {
    on: (name: string, fn: (...args: unknown[]) => void) => {
      listeners.set(name, [...(listeners.get(name) ?? []), fn]);
    },
    setPermissionRequestHandler: (fn: typeof permissionRequest) => {
      permissionRequest = fn;
    },
    setPermissionCheckHandler: (fn: typeof permissionCheck) => {
      permissionCheck = fn;
    },
  };
  return {
    session: session as unknown as GuardedSession,
    /** Fires a session event with a preventable event; true when a listener prevented it. */
    fire(name: string, ...args: unknown[]): boolean {
      let prevented = false;
      for (const fn of listeners.get(name) ?? []) fn({ preventDefault: () => (prevented = true) }, ...args);
      return prevented;
    },
    /** Undefined when no handler was installed (Electron's default then grants). */
    requestPermission: (p: string) => (permissionRequest ? new Promise<boolean>((resolve) => permissionRequest?.(null, p, resolve)) : undefined),
    checkPermission: (p: string) => permissionCheck?.(null, p),
  };
}
