import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import { AppError } from '../../shared/errors';
import type { PrintOutcome } from '../../shared/ipc/channels/report-files';
import { installSessionGuards, type GuardedSession } from './guards';

/** The parts of a BrowserWindow printing needs (a fake in tests: Electron cannot run there). */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  webContents: {
    print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
    /** The window's own in-memory session (partition print-preview), guarded like the main window's. */
    session: GuardedSession;
  };
  destroy(): void;
}

export interface PrintPdfDeps {
  /** Electron's BrowserWindow in the app; a recording fake in tests. */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindowLike;
  /** The system viewer (shell.openPath): the fallback when the print dialog cannot be shown. */
  openPath(path: string): Promise<void>;
  /** Lets the PDF viewer lay out the pages before the dialog asks for them. */
  wait(ms: number): Promise<void>;
}

/** A hidden, sandboxed window of its own (in-memory session) whose only page is the PDF, shown by Chromium's viewer. */
export const printWindowOptions: BrowserWindowConstructorOptions = {
  show: false,
  width: 900,
  height: 1200,
  webPreferences: {
    partition: 'print-preview',
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    // Chromium's built-in PDF viewer is a plugin; nothing else is loaded in this window.
    plugins: true,
    spellcheck: false,
  },
};

const VIEWER_SETTLE_MS = 800;

/**
 * 打印: the report opens in a hidden window with Chromium's PDF viewer and webContents.print() shows the system print
 * dialog (Electron ≥ 30 prints the PDF's pages there, not a blank page — electron/electron#43309). When anything in
 * that fails (no printer driver, no viewer plugin), the file opens in the system PDF reader instead, and the window
 * says to print there.
 */
export async function printPdf(path: string, deps: PrintPdfDeps): Promise<PrintOutcome> {
  // Destructured so the static scan (npm run security) sees `new BrowserWindow(...)` here, beside its options.
  const { BrowserWindow } = deps;
  let win: PrintWindowLike | null = null;
  try {
    win = new BrowserWindow(printWindowOptions);
    // Its partition is not the default session guarded at start-up: the viewer's save button (a download) and any
    // permission the PDF viewer asks for are refused here too, before the file loads.
    installSessionGuards(win.webContents.session);
    const url = pathToFileURL(path).href;
    win.webContents.on('will-navigate', (event, target) => {
      if (target !== url) event.preventDefault();
    });
    await win.loadURL(url);
    await deps.wait(VIEWER_SETTLE_MS);
    const shown = win;
    const { success, failureReason } = await new Promise<{ success: boolean; failureReason: string }>((resolve) =>
      shown.webContents.print({ silent: false, printBackground: true }, (ok, reason) => resolve({ success: ok, failureReason: reason })),
    );
    if (success) return { method: 'dialog', cancelled: false };
    if (/cancel/i.test(failureReason)) return { method: 'dialog', cancelled: true };
    throw new Error(failureReason || 'print failed');
  } catch {
    try {
      await deps.openPath(path);
    } catch (error) {
      throw new AppError('PRINT_FAILED', { detail: error instanceof Error ? error.message : String(error) });
    }
    return { method: 'viewer', cancelled: false };
  } finally {
    win?.destroy();
  }
}
