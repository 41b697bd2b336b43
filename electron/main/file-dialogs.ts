import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileDialogRequest, HandlerContext } from '../handlers/context';

type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

/**
 * The handler context's file choosers: Electron's native dialogs, modal on the main window when there is one.
 * The handlers grant what they answer (electron/handlers/granted-paths.ts); Electron is injected so tests can fake it.
 */
export function nativeFileChoosers(
  dialog: DialogLike,
  mainWindow: () => BrowserWindow | null,
): Required<Pick<HandlerContext, 'chooseOpenFile' | 'chooseSaveFile'>> {
  return {
    async chooseOpenFile({ title, filters }: FileDialogRequest) {
      const options: OpenDialogOptions = { title, filters, properties: ['openFile', 'dontAddToRecent'] };
      const win = mainWindow();
      const answer = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    async chooseSaveFile({ title, filters, defaultName }: FileDialogRequest & { defaultName: string }) {
      const options: SaveDialogOptions = {
        title,
        filters,
        defaultPath: defaultName,
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const win = mainWindow();
      const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}
