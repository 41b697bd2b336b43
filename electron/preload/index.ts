import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi, decodeApiNames } from '../../shared/ipc/api';
import type { Result } from '../../shared/errors';

// The renderer gets only this fixed API, never ipcRenderer itself. Main passes the contract's channel
// names in process.argv (webPreferences.additionalArguments).
contextBridge.exposeInMainWorld(
  'api',
  createApi(
    {
      invoke: (channel, args) => ipcRenderer.invoke(channel, args) as Promise<Result<unknown>>,
      subscribe: (event, listener) => {
        const handler = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
        ipcRenderer.on(`event:${event}`, handler);
        return () => {
          ipcRenderer.removeListener(`event:${event}`, handler);
        };
      },
    },
    decodeApiNames(process.argv),
  ),
);
