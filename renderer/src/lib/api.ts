import type { Api } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the harness bridge (browser tests). */
    readonly api: Api;
  }
}

export function getApi(): Api {
  return window.api;
}
