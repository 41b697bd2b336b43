import type { IpcMain } from 'electron';
import { channelNames } from '../../shared/ipc/contract';
import type { HandlerContext } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { isAppUrl } from './security';

/** Registers every contract channel; a call from any frame not served by the app is refused. */
export function registerIpc(ipcMain: IpcMain, ctx: HandlerContext): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, args: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(senderUrl)) {
        return { ok: false, error: { code: 'FORBIDDEN_SENDER' } };
      }
      return dispatch(ctx, name, args);
    });
  }
}
